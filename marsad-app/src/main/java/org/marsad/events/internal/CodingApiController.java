package org.marsad.events.internal;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.marsad.events.CodingResult;
import org.marsad.events.CodingSubmission;
import org.marsad.events.ReportCoding;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The coding save over HTTP: a report's events, figures and claims in one request.
 */
@RestController
@Tag(name = "Coding", description = "Saving what was coded from a report, in one transaction")
class CodingApiController {

	private final ReportCoding coding;

	CodingApiController(ReportCoding coding) {
		this.coding = coding;
	}

	@PostMapping(path = "/api/reports/{id}/coding", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Save a report's coding: new events, links to recorded events, figures and claims; "
			+ "marks the report coded. All or nothing.")
	ResponseEntity<CodingResult> code(@PathVariable UUID id, @RequestBody CodingSubmission submission) {
		CodingResult result = this.coding.code(id, submission);
		URI location = URI.create(result.createdEvents().isEmpty() ? "/api/reports/" + id
				: "/api/events/" + result.createdEvents().get(0));
		return ResponseEntity.created(location).body(result);
	}

}
