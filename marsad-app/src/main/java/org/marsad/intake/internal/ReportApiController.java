package org.marsad.intake.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.marsad.intake.PageOf;
import org.marsad.intake.Report;
import org.marsad.intake.ReportSummary;
import org.marsad.intake.ReportVersion;
import org.marsad.intake.Reports;
import org.marsad.intake.Upload;

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
 * Reports over HTTP: create (JSON, or multipart with files), list, read, correct.
 */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "Reports", description = "Reports stored exactly as received, with every version and file")
class ReportApiController {

	private final Reports reports;

	ReportApiController(Reports reports) {
		this.reports = reports;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Store a report")
	ResponseEntity<Report> create(@RequestBody ReportRequest request) {
		return created(this.reports.create(request.toNewReport(), List.of()));
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Store a report with files: a 'report' JSON part or form fields, plus 'files' parts")
	ResponseEntity<Report> createWithFiles(@RequestPart(name = "report", required = false) ReportRequest report,
			@RequestParam Map<String, String> fields,
			@RequestPart(name = "files", required = false) List<MultipartFile> files) {
		ReportRequest request = (report != null) ? report : fromFields(fields);
		return created(this.reports.create(request.toNewReport(), uploads(files)));
	}

	@GetMapping
	@Operation(summary = "List reports, most recently received first")
	PageOf<ReportSummary> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sourceId,
			@RequestParam(required = false) String status, @RequestParam(required = false) String language,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		return this.reports.list(ListParameters.filter(sourceId, status, language, from, to),
				ListParameters.page(page, size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A report at its latest version")
	Report get(@PathVariable UUID id) {
		return this.reports.get(id);
	}

	@GetMapping("/{id}/versions")
	@Operation(summary = "The versions of a report, oldest first")
	List<ReportVersion> versions(@PathVariable UUID id) {
		return this.reports.get(id).versions();
	}

	@GetMapping("/{id}/versions/{version}")
	@Operation(summary = "A report at one of its versions")
	Report version(@PathVariable UUID id, @PathVariable int version) {
		return this.reports.get(id, version);
	}

	@PostMapping(path = "/{id}/versions", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Correct a report: store a new version, keeping the old ones")
	ResponseEntity<Report> correct(@PathVariable UUID id, @RequestBody CorrectionRequest request) {
		Report corrected = this.reports.correct(id, request.toCorrection());
		URI location = URI.create("/api/reports/" + id + "/versions/" + corrected.version());
		return ResponseEntity.created(location).body(corrected);
	}

	static List<Upload> uploads(List<MultipartFile> files) {
		List<Upload> uploads = new ArrayList<>();
		if (files == null) {
			return uploads;
		}
		for (MultipartFile file : files) {
			boolean nothingChosen = file.isEmpty()
					&& (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty());
			if (!nothingChosen) {
				uploads.add(new Upload(file.getOriginalFilename(), file::getInputStream));
			}
		}
		return uploads;
	}

	private static ReportRequest fromFields(Map<String, String> fields) {
		String credibility = fields.get("credibility");
		Integer grade = null;
		if (credibility != null && !credibility.isBlank()) {
			try {
				grade = Integer.valueOf(credibility.strip());
			}
			catch (NumberFormatException ex) {
				grade = 0;
			}
		}
		return new ReportRequest(fields.get("text"), fields.get("title"), fields.get("language"), fields.get("channel"),
				fields.get("receivedAt"), fields.get("publishedAt"), fields.get("sourceId"), grade);
	}

	private static ResponseEntity<Report> created(Report report) {
		return ResponseEntity.created(URI.create("/api/reports/" + report.id())).body(report);
	}

}
