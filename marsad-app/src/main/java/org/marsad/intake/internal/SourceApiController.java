package org.marsad.intake.internal;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.marsad.intake.PageOf;
import org.marsad.intake.Source;
import org.marsad.intake.Sources;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sources over HTTP. Contact details appear only for administrators and coordinators.
 */
@RestController
@RequestMapping("/api/sources")
@Tag(name = "Sources", description = "Who reports reach us from, under pseudonyms")
class SourceApiController {

	private final Sources sources;

	/**
	 * The body of a regrading.
	 *
	 * @param reliability A–F
	 */
	record GradeRequest(String reliability) {
	}

	SourceApiController(Sources sources) {
		this.sources = sources;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Record a source")
	ResponseEntity<Source> create(@RequestBody SourceRequest request) {
		Source source = this.sources.create(request.toNewSource());
		return ResponseEntity.created(URI.create("/api/sources/" + source.id())).body(source);
	}

	@PutMapping(path = "/{id}/reliability", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Regrade the reliability of a source (coordinators)")
	Source grade(@PathVariable UUID id, @RequestBody GradeRequest request) {
		return this.sources.grade(id, request.reliability());
	}

	@GetMapping
	@Operation(summary = "List sources, newest first")
	PageOf<Source> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.sources.list(ListParameters.page(page, size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A source")
	Source get(@PathVariable UUID id) {
		return this.sources.get(id);
	}

}
