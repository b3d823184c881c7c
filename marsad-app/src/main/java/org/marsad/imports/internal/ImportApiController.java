package org.marsad.imports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.marsad.imports.ColumnMapping;
import org.marsad.imports.ImportCheck;
import org.marsad.imports.ImportJob;
import org.marsad.imports.ImportRefused;
import org.marsad.imports.ImportSheet;
import org.marsad.imports.Imports;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports over HTTP: upload a sheet, read its columns and proposed mapping, dry-run a
 * mapping, commit it and follow the commit's progress.
 */
@RestController
@RequestMapping("/api/imports")
@Tag(name = "Imports",
		description = "Events and figures, or persons and households, from CSV and XLSX sheets: mapping, dry run, commit")
class ImportApiController {

	private final Imports imports;

	ImportApiController(Imports imports) {
		this.imports = imports;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a CSV or XLSX sheet (documenters)",
			description = "Answers with the header row, the first rows and the proposed mapping. encoding names "
					+ "the text encoding of a CSV file without a byte order mark (default UTF-8).")
	ResponseEntity<ImportSheet> upload(@RequestPart(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) String encoding) throws IOException {
		if (file == null || file.isEmpty()) {
			throw ImportRefused.of("file", "import.error.empty");
		}
		try (InputStream content = file.getInputStream()) {
			ImportSheet sheet = this.imports.upload(file.getOriginalFilename(), content, encoding);
			return ResponseEntity.created(URI.create("/api/imports/" + sheet.id())).body(sheet);
		}
	}

	@GetMapping
	@Operation(summary = "The sheets uploaded most recently")
	List<ImportSheet> recent() {
		return this.imports.recent(50);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A sheet: columns, first rows, proposed mapping")
	ImportSheet sheet(@PathVariable UUID id) {
		return this.imports.sheet(id);
	}

	@PostMapping(path = "/{id}/check", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Dry run: every problem by row and column; nothing is kept")
	ImportCheck check(@PathVariable UUID id, @RequestBody ColumnMapping mapping) {
		return this.imports.check(id, mapping);
	}

	@PostMapping(path = "/{id}/commit", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Commit in the background: all rows or none",
			description = "Answers 202 with the job; follow it at the Location given.")
	ResponseEntity<ImportJob> commit(@PathVariable UUID id, @RequestBody ColumnMapping mapping) {
		ImportJob job = this.imports.commit(id, mapping);
		return ResponseEntity.accepted().location(URI.create("/api/imports/jobs/" + job.id())).body(job);
	}

	@GetMapping("/jobs/{jobId}")
	@Operation(summary = "A commit's state and progress")
	ImportJob job(@PathVariable UUID jobId) {
		return this.imports.job(jobId);
	}

}
