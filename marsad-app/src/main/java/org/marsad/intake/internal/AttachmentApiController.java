package org.marsad.intake.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.marsad.intake.Reports;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of stored files by their SHA-256.
 */
@RestController
@Tag(name = "Attachments", description = "Files stored once by their SHA-256")
class AttachmentApiController {

	private final Reports reports;

	AttachmentApiController(Reports reports) {
		this.reports = reports;
	}

	@GetMapping("/api/attachments/{sha256}")
	@Operation(summary = "Download a file by its SHA-256")
	ResponseEntity<Resource> download(@PathVariable String sha256) {
		return AttachmentResponses.of(this.reports.file(sha256), false);
	}

}
