package org.marsad.tallies.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.marsad.intake.FieldProblem;
import org.marsad.tallies.Dimension;
import org.marsad.tallies.Granularity;
import org.marsad.tallies.Snapshot;
import org.marsad.tallies.SnapshotSummary;
import org.marsad.tallies.Tallies;
import org.marsad.tallies.Tally;
import org.marsad.tallies.TallyRefused;
import org.marsad.tallies.TallyResult;
import org.marsad.tallies.UnknownTally;
import org.marsad.tallies.VerificationLevel;
import org.marsad.text.vocabulary.AgeGroup;
import org.marsad.text.vocabulary.EventType;
import org.marsad.text.vocabulary.FigureCategory;
import org.marsad.text.vocabulary.FigureUnit;
import org.marsad.text.vocabulary.Sex;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The tally pages: the list, a tally with its numbers, chart, breakdowns, bounds and
 * warnings, the figures behind one number, the define/edit form and published snapshots.
 * Readers who may not compute tallies see the last published snapshot instead of live
 * numbers.
 */
@Controller
class TallyPages {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Tallies tallies;

	TallyPages(Tallies tallies) {
		this.tallies = tallies;
	}

	@GetMapping("/tallies")
	String list(Model model) {
		model.addAttribute("tallies", this.tallies.list());
		return "tallies/list";
	}

	@GetMapping("/tallies/new")
	String form(Model model) {
		return form(model, TallyForm.empty(), null, Map.of());
	}

	@PostMapping("/tallies")
	String define(@ModelAttribute TallyForm form, Model model, HttpServletResponse response) {
		try {
			return "redirect:/tallies/" + this.tallies.define(form.toRequest()).id();
		}
		catch (TallyRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, form, null, errors(refused));
		}
	}

	@GetMapping("/tallies/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		return form(model, TallyForm.of(this.tallies.get(id)), id, Map.of());
	}

	@PostMapping("/tallies/{id}")
	String update(@PathVariable UUID id, @ModelAttribute TallyForm form, Model model, HttpServletResponse response) {
		try {
			this.tallies.update(id, form.toRequest());
			return "redirect:/tallies/" + id;
		}
		catch (TallyRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, form, id, errors(refused));
		}
	}

	@GetMapping("/tallies/{id}")
	String show(@PathVariable UUID id, @RequestParam(required = false) String asOf, Model model,
			HttpServletResponse response) {
		Tally tally = this.tallies.get(id);
		model.addAttribute("tally", tally);
		model.addAttribute("snapshots", this.tallies.snapshots(id));
		model.addAttribute("asOf", (asOf != null) ? asOf : "");
		model.addAttribute("errors", Map.of());
		TallyResult result = null;
		if (Caller.analyses()) {
			try {
				result = this.tallies.numbers(id, TallyRules.day(asOf, "asOf"));
			}
			catch (TallyRefused refused) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				model.addAttribute("errors", errors(refused));
			}
		}
		else {
			List<SnapshotSummary> published = this.tallies.snapshots(id);
			if (!published.isEmpty()) {
				result = this.tallies.snapshot(id, published.get(0).id()).result();
			}
		}
		model.addAttribute("result", result);
		model.addAttribute("live", Caller.analyses());
		model.addAttribute("seriesJson", (result != null) ? JSON.writeValueAsString(result.series()) : "[]");
		return "tallies/tally";
	}

	/**
	 * Every consistency check, loaded by the tally page after its numbers: the checks
	 * that read figures and claims one by one take longer than the numbers.
	 */
	@GetMapping("/tallies/{id}/checks")
	String checks(@PathVariable UUID id, @RequestParam(required = false) String asOf, Model model) {
		model.addAttribute("result", this.tallies.compute(id, TallyRules.day(asOf, "asOf")));
		return "tallies/fragments :: warnings(result=${result})";
	}

	@GetMapping(path = "/tallies/{id}/series.csv", produces = "text/csv")
	ResponseEntity<String> seriesCsv(@PathVariable UUID id, @RequestParam(required = false) String asOf) {
		TallyResult result = this.tallies.numbers(id, TallyRules.day(asOf, "asOf"));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"tally-" + id + "-" + result.to() + ".csv\"")
			.body(SeriesCsv.of(result.series()));
	}

	@GetMapping("/tallies/{id}/provenance")
	String provenance(@PathVariable UUID id, @RequestParam(required = false) String cell,
			@RequestParam(required = false) String asOf, @RequestParam(required = false) Integer page, Model model) {
		Tally tally = this.tallies.get(id);
		model.addAttribute("tally", tally);
		model.addAttribute("provenance",
				this.tallies.provenance(id, cell, TallyRules.day(asOf, "asOf"), (page != null) ? page : 0, 50));
		return "tallies/provenance";
	}

	@PostMapping("/tallies/{id}/snapshots")
	String publish(@PathVariable UUID id, @RequestParam(required = false) String asOf) {
		Snapshot snapshot = this.tallies.publish(id, TallyRules.day(asOf, "asOf"));
		return "redirect:/tallies/" + id + "/snapshots/" + snapshot.id();
	}

	@GetMapping("/tallies/{id}/snapshots/{snapshotId}")
	String snapshot(@PathVariable UUID id, @PathVariable UUID snapshotId, Model model) {
		Snapshot snapshot = this.tallies.snapshot(id, snapshotId);
		model.addAttribute("snapshot", snapshot);
		model.addAttribute("tally", snapshot.definition());
		model.addAttribute("result", snapshot.result());
		return "tallies/snapshot";
	}

	@ExceptionHandler(UnknownTally.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	@ExceptionHandler(TallyRefused.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String refused() {
		return "error/4xx";
	}

	private String form(Model model, TallyForm form, UUID id, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("id", id);
		model.addAttribute("errors", errors);
		model.addAttribute("units", Arrays.stream(FigureUnit.values()).map(FigureUnit::code).toList());
		model.addAttribute("categories", Arrays.stream(FigureCategory.values()).map(FigureCategory::code).toList());
		model.addAttribute("ageGroups", Arrays.stream(AgeGroup.values()).map(AgeGroup::code).toList());
		model.addAttribute("sexes", Arrays.stream(Sex.values()).map(Sex::code).toList());
		model.addAttribute("eventTypes", Arrays.stream(EventType.values()).map(EventType::code).toList());
		model.addAttribute("levels", VerificationLevel.ORDER.stream().map((s) -> s.code()).toList());
		model.addAttribute("dimensions", Arrays.stream(Dimension.values()).map(Dimension::code).toList());
		model.addAttribute("periods", Arrays.stream(Granularity.values()).map(Granularity::code).toList());
		return "tallies/form";
	}

	private static Map<String, String> errors(TallyRefused refused) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldProblem problem : refused.problems()) {
			errors.putIfAbsent(problem.field(), problem.code());
		}
		return errors;
	}

}
