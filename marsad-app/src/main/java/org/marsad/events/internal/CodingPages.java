package org.marsad.events.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.marsad.events.Candidate;
import org.marsad.events.CandidateQuery;
import org.marsad.events.CodingRefused;
import org.marsad.events.CodingResult;
import org.marsad.events.Confidentiality;
import org.marsad.events.Event;
import org.marsad.events.Events;
import org.marsad.events.RecordNotFound;
import org.marsad.events.ReportCoding;
import org.marsad.events.internal.CodingForm.EventRow;
import org.marsad.extraction.Draft;
import org.marsad.extraction.Drafts;
import org.marsad.intake.UnknownRecord;
import org.marsad.security.Roles;
import org.marsad.text.vocabulary.DatePrecision;
import org.marsad.text.vocabulary.EventType;
import org.marsad.text.vocabulary.FigureCategory;
import org.marsad.text.vocabulary.FigureUnit;
import org.marsad.text.vocabulary.Qualifier;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The coding page of a report: its text with the draft's spans highlighted by kind, and
 * beside it the draft as a form of events and figures to keep, correct or discard, with
 * the recorded events each could be linked to instead (DESIGN, "The flow of data", step
 * 3).
 * <ul>
 * <li>Saving sends the whole form as one {@link org.marsad.events.CodingSubmission}: all
 * of it is stored, or nothing; the browser then goes to the first event.</li>
 * <li>A refused form is shown again as typed (HTTP 400), each problem beside the field of
 * its row.</li>
 * </ul>
 */
@Controller
class CodingPages {

	private final Drafts drafts;

	private final ReportCoding coding;

	private final Events events;

	private final CatalogueLookup catalogue;

	CodingPages(Drafts drafts, ReportCoding coding, Events events, CatalogueLookup catalogue) {
		this.drafts = drafts;
		this.coding = coding;
		this.events = events;
		this.catalogue = catalogue;
	}

	@GetMapping("/reports/{id}/code")
	@PreAuthorize(Roles.CODES)
	String show(@PathVariable UUID id, Model model) {
		Draft draft = this.drafts.draft(id);
		return page(id, draft, DraftForm.of(draft), Map.of(), model);
	}

	@PostMapping("/reports/{id}/code")
	@PreAuthorize(Roles.CODES)
	String save(@PathVariable UUID id, @ModelAttribute CodingForm form, Model model, HttpServletResponse response) {
		if (Text.present(form.edit())) {
			Map<String, String> problems = new LinkedHashMap<>();
			CodingForm edited = DraftEdits.apply(form, problems);
			return page(id, this.drafts.draft(id), edited, problems, model);
		}
		CodingSubmissions.Mapped mapped = CodingSubmissions.of(form);
		Map<String, String> errors = mapped.refused();
		if (errors.isEmpty()) {
			try {
				CodingResult result = this.coding.code(id, mapped.submission());
				List<UUID> shown = result.createdEvents().isEmpty() ? result.linkedEvents() : result.createdEvents();
				return "redirect:" + (shown.isEmpty() ? "/reports/" + id : "/events/" + shown.get(0));
			}
			catch (CodingRefused refused) {
				errors = mapped.fieldsOfForm(refused);
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return page(id, this.drafts.draft(id), form, errors, model);
	}

	@ExceptionHandler(UnknownRecord.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "intake/not-found";
	}

	private String page(UUID id, Draft draft, CodingForm form, Map<String, String> errors, Model model) {
		model.addAttribute("reportId", id);
		model.addAttribute("draft", draft);
		model.addAttribute("segments", TextSegments.of(draft.text(), draft.extraction()));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("generalErrors",
				errors.entrySet()
					.stream()
					.filter((e) -> !e.getKey().startsWith("events[") && !e.getKey().startsWith("figures["))
					.map(Map.Entry::getValue)
					.distinct()
					.toList());
		List<List<Candidate>> candidates = candidates(id, form);
		model.addAttribute("candidates", candidates);
		model.addAttribute("recorded", recorded(form, candidates));
		model.addAttribute("confidentialities", Confidentiality.values());
		model.addAttribute("types", EventType.values());
		model.addAttribute("precisions", DatePrecision.values());
		model.addAttribute("qualifiers", Qualifier.values());
		model.addAttribute("units", FigureUnit.values());
		model.addAttribute("categories", FigureCategory.values());
		model.addAttribute("actors", this.catalogue.allActors());
		return "events/code";
	}

	/**
	 * The recorded events each event row may be linked to (its candidates and the event
	 * it names), by id, with their figures for the "claim for a recorded figure" choice.
	 */
	private Map<String, Event> recorded(CodingForm form, List<List<Candidate>> candidates) {
		Map<String, Event> recorded = new LinkedHashMap<>();
		Set<String> ids = new LinkedHashSet<>();
		candidates.forEach((list) -> list.forEach((c) -> ids.add(c.event().id().toString())));
		form.events().stream().filter(EventRow::linked).forEach((row) -> ids.add(row.linkTo().strip()));
		for (String id : ids) {
			try {
				recorded.put(id, this.events.get(UUID.fromString(id)));
			}
			catch (IllegalArgumentException | RecordNotFound ex) {
				// an id typed by hand that names no event: the save names it
			}
		}
		return recorded;
	}

	private List<List<Candidate>> candidates(UUID id, CodingForm form) {
		List<List<Candidate>> found = new ArrayList<>();
		for (EventRow row : form.events()) {
			try {
				found.add(this.events.candidates(new CandidateQuery(id.toString(), CodingSubmissions.fields(row))));
			}
			catch (CodingRefused refused) {
				found.add(List.of());
			}
		}
		return found;
	}

}
