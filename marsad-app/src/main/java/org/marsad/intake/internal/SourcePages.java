package org.marsad.intake.internal;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.marsad.intake.IntakeRefused;
import org.marsad.intake.PageRequest;
import org.marsad.intake.ReportFilter;
import org.marsad.intake.Reports;
import org.marsad.intake.Source;
import org.marsad.intake.SourceKind;
import org.marsad.intake.Sources;
import org.marsad.intake.UnknownRecord;
import org.marsad.text.vocabulary.SourceReliability;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The source pages: list, new-source form, and a source with its reports. Contact details
 * are shown only when {@link Sources} returns them.
 */
@Controller
class SourcePages {

	private final Sources sources;

	private final Reports reports;

	SourcePages(Sources sources, Reports reports) {
		this.sources = sources;
		this.reports = reports;
	}

	@GetMapping("/sources")
	String list(@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("sources",
				this.sources.list(new PageRequest(Math.max(0, (page != null) ? page : 0), PageRequest.DEFAULT_SIZE)));
		return "intake/sources";
	}

	@GetMapping("/sources/new")
	String form(Model model) {
		return form(model, new SourceRequest("", "other", "F", "", ""), Map.of());
	}

	@PostMapping("/sources")
	String create(@ModelAttribute SourceRequest form, Model model, HttpServletResponse response) {
		try {
			Source source = this.sources.create(form.toNewSource());
			return "redirect:/sources/" + source.id();
		}
		catch (IntakeRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, form, FormErrors.of(refused));
		}
	}

	@GetMapping("/sources/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("source", this.sources.get(id));
		model.addAttribute("grades", SourceReliability.values());
		model.addAttribute("reports",
				this.reports.list(new ReportFilter(id, null, null, null, null), PageRequest.first()));
		return "intake/source";
	}

	@PostMapping("/sources/{id}/reliability")
	String grade(@PathVariable UUID id, @RequestParam(required = false) String reliability) {
		try {
			this.sources.grade(id, reliability);
		}
		catch (IntakeRefused refused) {
			return "redirect:/sources/" + id + "?invalid";
		}
		return "redirect:/sources/" + id;
	}

	@ExceptionHandler(UnknownRecord.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "intake/not-found";
	}

	private String form(Model model, SourceRequest form, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", SourceKind.values());
		model.addAttribute("grades", SourceReliability.values());
		return "intake/source-new";
	}

}
