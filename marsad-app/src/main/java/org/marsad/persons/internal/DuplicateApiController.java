package org.marsad.persons.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.marsad.persons.DuplicatePair;
import org.marsad.persons.DuplicateReview;
import org.marsad.persons.MergeDecision;
import org.marsad.persons.Person;
import org.marsad.persons.PersonFields;
import org.marsad.persons.PossibleDuplicate;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Possible duplicates over HTTP: while entering, the review queue, merge, distinct,
 * unmerge.
 */
@RestController
@RequestMapping(path = "/api/persons", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Duplicates", description = "Record linkage: possible duplicates, review, merge and unmerge")
class DuplicateApiController {

	private final DuplicateReview review;

	DuplicateApiController(DuplicateReview review) {
		this.review = review;
	}

	@PostMapping(path = "/similar", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Registered persons who may be the one typed")
	List<PossibleDuplicate> similar(@RequestBody PersonFields person) {
		return this.review.similar(person);
	}

	@GetMapping("/duplicates")
	@Operation(summary = "Open pairs to review, strongest first")
	List<DuplicatePair> queue() {
		return this.review.queue();
	}

	@GetMapping("/{id}/duplicates")
	@Operation(summary = "The open pairs of one person")
	List<DuplicatePair> pairsOf(@PathVariable UUID id) {
		return this.review.pairsOf(id);
	}

	@PostMapping("/duplicates/scan")
	@Operation(summary = "Compare every person with the others and queue the pairs found (coordinators)")
	Map<String, Integer> scan() {
		return Map.of("queued", this.review.scan());
	}

	@GetMapping("/duplicates/{id}")
	@Operation(summary = "A pair with both persons and the evidence")
	DuplicatePair pair(@PathVariable UUID id) {
		return this.review.pair(id);
	}

	@PostMapping(path = "/duplicates/{id}/merge", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Merge the pair into the person kept (coordinators)")
	Person merge(@PathVariable UUID id, @RequestBody MergeDecision decision) {
		return this.review.merge(id, decision);
	}

	@PostMapping(path = "/duplicates/{id}/distinct", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Record that the pair are different persons (coordinators)")
	Map<String, String> distinct(@PathVariable UUID id, @RequestBody Reason reason) {
		this.review.distinct(id, reason.reason());
		return Map.of("state", "distinct");
	}

	@PostMapping(path = "/{id}/unmerge", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Undo the merge of a person (coordinators)")
	Person unmerge(@PathVariable UUID id, @RequestBody Reason reason) {
		return this.review.unmerge(id, reason.reason());
	}

	/**
	 * Why.
	 *
	 * @param reason the reason
	 */
	record Reason(String reason) {
	}

}
