package org.marsad.events.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.marsad.events.ActorRole;
import org.marsad.events.CodingRefused;
import org.marsad.events.Confidentiality;
import org.marsad.events.EditConflict;
import org.marsad.events.Event;
import org.marsad.events.EventFilter;
import org.marsad.events.EventSummary;
import org.marsad.events.EventPage;
import org.marsad.events.Events;
import org.marsad.events.RecordNotFound;
import org.marsad.events.StatusDecision;
import org.marsad.events.Voiding;
import org.marsad.intake.FieldProblem;
import org.marsad.intake.PageRequest;
import org.marsad.security.Roles;
import org.marsad.text.vocabulary.DatePrecision;
import org.marsad.text.vocabulary.EventType;
import org.marsad.text.vocabulary.VerificationStatus;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * The event pages: the list with filters and paging, the event page (figures, claims with
 * their passages, supporting reports, history), and the forms to edit an event, void it,
 * and set its status. A refused form is shown again with everything typed and the
 * problems beside their fields; an edit made on an old version is shown again with a
 * notice and the current record, with nothing typed lost (HTTP 409).
 */
@Controller
class EventPages {

	private final Events events;

	private final EventSheet sheet;

	private final CatalogueLookup catalogue;

	EventPages(Events events, EventSheet sheet, CatalogueLookup catalogue) {
		this.events = events;
		this.sheet = sheet;
		this.catalogue = catalogue;
	}

	@GetMapping("/events")
	String list(@RequestParam(required = false) Integer page, @RequestParam(required = false) String type,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String placeId, @RequestParam(required = false) String actorId,
			@RequestParam(required = false) String status,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model) {
		EventFilter filter = EventFilter.ALL;
		try {
			filter = EventListParameters.filter(type, from, to, placeId, actorId, status, null);
		}
		catch (CodingRefused refused) {
			model.addAttribute("errors", errors(refused));
		}
		PageRequest request = new PageRequest(Math.max(0, (page != null) ? page : 0), PageRequest.DEFAULT_SIZE);
		EventPage found = this.events.list(filter, request);
		Set<String> places = found.items()
			.stream()
			.map(EventSummary::placeId)
			.filter((id) -> id != null)
			.collect(Collectors.toSet());
		model.addAttribute("events", found);
		model.addAttribute("placeNames", this.sheet.placeNames(places, locale.getLanguage()));
		model.addAttribute("filter", Map.of("type", text(type), "from", text(from), "to", text(to), "placeId",
				text(placeId), "actorId", text(actorId), "status", text(status)));
		model.addAttribute("types", EventType.values());
		model.addAttribute("statuses", VerificationStatus.values());
		model.addAttribute("regions", this.catalogue.regions());
		model.addAttribute("actors", this.catalogue.allActors());
		return (htmx != null) ? "events/events :: results" : "events/events";
	}

	@GetMapping("/events/{id}")
	String show(@PathVariable UUID id, Locale locale, Model model) {
		return page(id, locale, model, Map.of());
	}

	@GetMapping("/events/{id}/edit")
	@PreAuthorize(Roles.CODES)
	String edit(@PathVariable UUID id, Model model) {
		return form(model, this.events.get(id), EventForm.of(this.events.get(id)), Map.of(), false);
	}

	@PostMapping("/events/{id}")
	String update(@PathVariable UUID id, @ModelAttribute EventForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			this.events.update(id, form.toEdit());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/events/" + id;
		}
		catch (CodingRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, this.events.get(id), form, errors(refused), false);
		}
		catch (EditConflict conflict) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return form(model, this.events.get(id), form.atVersion(conflict.currentVersion()), Map.of(), true);
		}
	}

	@PostMapping("/events/{id}/void")
	String voidEvent(@PathVariable UUID id, @RequestParam(required = false) String version,
			@RequestParam(required = false) String reason, Locale locale, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			this.events.voidEvent(id, new Voiding(EventForm.number(version), reason));
			redirect.addFlashAttribute("voidedNow", true);
			return "redirect:/events/" + id;
		}
		catch (CodingRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(id, locale, model, prefixed("void", errors(refused)));
		}
		catch (EditConflict conflict) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(id, locale, model, Map.of("conflict", "coding.error.conflict"));
		}
	}

	@PostMapping("/events/{id}/status")
	String status(@PathVariable UUID id, @RequestParam(required = false) String version,
			@RequestParam(required = false) String status, @RequestParam(required = false) String reason, Locale locale,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			this.events.setStatus(id, new StatusDecision(EventForm.number(version), status, reason));
			redirect.addFlashAttribute("saved", true);
			return "redirect:/events/" + id;
		}
		catch (CodingRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(id, locale, model, prefixed("status", errors(refused)));
		}
		catch (EditConflict conflict) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(id, locale, model, Map.of("conflict", "coding.error.conflict"));
		}
	}

	@ExceptionHandler(RecordNotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "events/not-found";
	}

	private String page(UUID id, Locale locale, Model model, Map<String, String> errors) {
		model.addAttribute("sheet", this.sheet.read(id, locale.getLanguage()));
		model.addAttribute("errors", errors);
		model.addAttribute("statuses", VerificationStatus.values());
		return "events/event";
	}

	private String form(Model model, Event current, EventForm form, Map<String, String> errors, boolean conflict) {
		model.addAttribute("event", current);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		model.addAttribute("types", EventType.values());
		model.addAttribute("precisions", DatePrecision.values());
		model.addAttribute("confidentialities", Confidentiality.values());
		model.addAttribute("roles", ActorRole.values());
		model.addAttribute("actors", this.catalogue.allActors());
		return "events/event-edit";
	}

	/**
	 * The message keys of a refusal by form field: {@code event.placeId} is shown at
	 * {@code placeId}, {@code event.actors[1].actorId} at {@code actors}.
	 */
	static Map<String, String> errors(CodingRefused refused) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldProblem problem : refused.problems()) {
			String field = problem.field().replaceFirst("^event\\.", "").replaceFirst("\\[.*$", "");
			errors.putIfAbsent(field, problem.code());
		}
		return errors;
	}

	private static Map<String, String> prefixed(String form, Map<String, String> errors) {
		Map<String, String> named = new LinkedHashMap<>();
		errors.forEach((field, code) -> named.put(form + "." + field, code));
		return named;
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}
