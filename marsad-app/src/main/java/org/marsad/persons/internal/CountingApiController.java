package org.marsad.persons.internal;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.marsad.persons.CountedFigure;
import org.marsad.persons.CountedPersons;
import org.marsad.persons.NamedInFigure;
import org.marsad.persons.PersonRefused;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Persons counted in figures over HTTP: link a person to a figure, unlink, list the
 * figures a person is counted in, and the persons a figure names.
 */
@RestController
@RequestMapping(path = "/api/persons", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Persons", description = "Persons, households, status timelines and identity evidence")
class CountingApiController {

	private final CountedPersons counted;

	CountingApiController(CountedPersons counted) {
		this.counted = counted;
	}

	/**
	 * What a link names.
	 *
	 * @param figureId the figure
	 */
	record Link(UUID figureId) {
	}

	@PostMapping(path = "/{id}/figures", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Count a person in a figure (a household's head in a family figure)")
	ResponseEntity<CountedFigure> link(@PathVariable UUID id, @RequestBody Link link) {
		if (link.figureId() == null) {
			throw PersonRefused.of("figureId", "persons.error.required");
		}
		CountedFigure figure = this.counted.link(id, link.figureId());
		return ResponseEntity.created(URI.create("/api/persons/" + id + "/figures/" + figure.figureId())).body(figure);
	}

	@DeleteMapping("/{id}/figures/{figureId}")
	@Operation(summary = "Take a person out of a figure; the link stays in the record")
	ResponseEntity<Void> unlink(@PathVariable UUID id, @PathVariable UUID figureId) {
		this.counted.unlink(id, figureId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/figures")
	@Operation(summary = "The figures a person is counted in")
	List<CountedFigure> countedIn(@PathVariable UUID id) {
		return this.counted.countedIn(id);
	}

	@GetMapping("/named/{figureId}")
	@Operation(summary = "The persons a figure names, those the caller may see")
	NamedInFigure named(@PathVariable UUID figureId) {
		return this.counted.named(figureId);
	}

}
