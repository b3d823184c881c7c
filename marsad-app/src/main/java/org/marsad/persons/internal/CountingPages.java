package org.marsad.persons.internal;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.marsad.persons.CountedPersons;
import org.marsad.persons.CountingRefused;
import org.marsad.persons.PersonNotFound;
import org.marsad.persons.PersonRefused;
import org.marsad.persons.Persons;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The "counted in" form of the person page (link to a figure by its id or chosen from the
 * figures of the events in the timeline, unlink), and the fragment that the event page
 * loads under each figure of persons or families: the persons it names.
 */
@Controller
class CountingPages {

	private static final String FORM = "counted";

	private final CountedPersons counted;

	private final Persons persons;

	private final PersonSheet sheet;

	CountingPages(CountedPersons counted, Persons persons, PersonSheet sheet) {
		this.counted = counted;
		this.persons = persons;
		this.sheet = sheet;
	}

	@PostMapping("/persons/{id}/figures")
	String link(@PathVariable UUID id, @RequestParam(required = false) String figureId,
			@RequestParam(required = false) String chosenFigureId, Model model, HttpServletResponse response) {
		String typed = (figureId != null && !figureId.isBlank()) ? figureId : chosenFigureId;
		try {
			Problems problems = new Problems();
			UUID figure = FormValues.uuid(typed, "figureId", problems);
			if (figure == null) {
				problems.add("figureId", "persons.error.required");
			}
			problems.throwIfAny();
			this.counted.link(id, figure);
			return "redirect:/persons/" + id + "#" + FORM;
		}
		catch (PersonRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return this.sheet.page(model, this.persons.get(id), FormValues.errors(refused), FORM);
		}
		catch (CountingRefused refused) {
			response.setStatus(refused.reason().status());
			return this.sheet.page(model, this.persons.get(id), Map.of(refused.field(), refused.code()), FORM);
		}
	}

	@PostMapping("/persons/{id}/figures/{figureId}/unlink")
	String unlink(@PathVariable UUID id, @PathVariable UUID figureId, Model model, HttpServletResponse response) {
		try {
			this.counted.unlink(id, figureId);
			return "redirect:/persons/" + id + "#" + FORM;
		}
		catch (CountingRefused refused) {
			response.setStatus(refused.reason().status());
			return this.sheet.page(model, this.persons.get(id), Map.of(refused.field(), refused.code()), FORM);
		}
	}

	@GetMapping("/persons/named/{figureId}")
	String named(@PathVariable UUID figureId, Model model, HttpServletResponse response) {
		try {
			model.addAttribute("named", this.counted.named(figureId));
		}
		catch (CountingRefused refused) {
			response.setStatus(refused.reason().status());
			model.addAttribute("named", null);
		}
		return "persons/counting :: named";
	}

	@ExceptionHandler(PersonNotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "persons/not-found";
	}

}
