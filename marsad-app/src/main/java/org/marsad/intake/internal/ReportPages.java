package org.marsad.intake.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.marsad.intake.Channel;
import org.marsad.intake.Correction;
import org.marsad.intake.IntakeRefused;
import org.marsad.intake.PageRequest;
import org.marsad.intake.Report;
import org.marsad.intake.ReportFilter;
import org.marsad.intake.ReportStatus;
import org.marsad.intake.Reports;
import org.marsad.intake.Sources;
import org.marsad.intake.UnknownRecord;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The report pages: list with filters, new-report form, report page with versions and
 * files, and file downloads for the pages (the API needs HTTP Basic, pages a session).
 * Pages play audio and show images in place; every other type is offered as a download,
 * so that no uploaded document runs in the page's origin.
 */
@Controller
class ReportPages {

	private static final List<String> LANGUAGES = List.of("ar", "en", "other");

	private static final List<Integer> CREDIBILITY = List.of(1, 2, 3, 4, 5, 6);

	private final Reports reports;

	private final Sources sources;

	ReportPages(Reports reports, Sources sources) {
		this.reports = reports;
		this.sources = sources;
	}

	@GetMapping("/reports")
	String list(@RequestParam(required = false) Integer page, @RequestParam(required = false) String sourceId,
			@RequestParam(required = false) String status, @RequestParam(required = false) String language,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		ReportFilter filter = ReportFilter.ALL;
		try {
			filter = ListParameters.filter(sourceId, status, language, from, to);
		}
		catch (IntakeRefused refused) {
			model.addAttribute("errors", FormErrors.of(refused));
		}
		PageRequest request = new PageRequest(Math.max(0, (page != null) ? page : 0), PageRequest.DEFAULT_SIZE);
		model.addAttribute("reports", this.reports.list(filter, request));
		model.addAttribute("filter", Map.of("sourceId", text(sourceId), "status", text(status), "language",
				text(language), "from", text(from), "to", text(to)));
		model.addAttribute("sources", Caller.seesSources() ? this.sources.all() : List.of());
		model.addAttribute("statuses", ReportStatus.values());
		model.addAttribute("languages", LANGUAGES);
		return (htmx != null) ? "intake/reports :: results" : "intake/reports";
	}

	@GetMapping("/reports/new")
	String form(Model model) {
		return form(model, ReportForm.empty(), Map.of());
	}

	@PostMapping("/reports")
	String create(@ModelAttribute ReportForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			Report report = this.reports.create(form.toNewReport(), ReportApiController.uploads(form.files()));
			redirect.addFlashAttribute("stored", true);
			return "redirect:/reports/" + report.id();
		}
		catch (IntakeRefused refused) {
			response.setStatus((refused.isTooLarge() ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST).value());
			return form(model, form, FormErrors.of(refused));
		}
	}

	@GetMapping("/reports/{id}")
	String show(@PathVariable UUID id, @RequestParam(required = false) Integer version, Model model) {
		Report report = (version != null) ? this.reports.get(id, version) : this.reports.get(id);
		model.addAttribute("report", report);
		model.addAttribute("errors", Map.of());
		return "intake/report";
	}

	@PostMapping("/reports/{id}/versions")
	String correct(@PathVariable UUID id, @RequestParam(required = false) String text,
			@RequestParam(required = false) String title, Model model, HttpServletResponse response) {
		try {
			this.reports.correct(id, new Correction(text, title, null));
			return "redirect:/reports/" + id;
		}
		catch (IntakeRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("report", this.reports.get(id));
			model.addAttribute("errors", FormErrors.of(refused));
			model.addAttribute("correction", text);
			return "intake/report";
		}
	}

	@GetMapping("/attachments/{sha256}")
	ResponseEntity<Resource> download(@PathVariable String sha256) {
		Reports.StoredFile file = this.reports.file(sha256);
		return AttachmentResponses.of(file, file.attachment().audio() || file.attachment().image());
	}

	@ExceptionHandler(UnknownRecord.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "intake/not-found";
	}

	private String form(Model model, ReportForm form, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("sources", this.sources.all());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("languages", LANGUAGES);
		model.addAttribute("credibilities", CREDIBILITY);
		return "intake/report-new";
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}
