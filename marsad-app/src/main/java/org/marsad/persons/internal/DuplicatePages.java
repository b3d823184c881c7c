package org.marsad.persons.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.marsad.persons.DuplicateReview;
import org.marsad.persons.MergeDecision;
import org.marsad.persons.PersonNotFound;
import org.marsad.persons.PersonRefused;
import org.marsad.persons.Persons;
import org.marsad.persons.PossibleDuplicate;

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
 * The review queue of possible duplicates, a pair side by side with the evidence and the
 * coordinator's decision, undoing a merge, and "this may be the same person as…" beside
 * the person form.
 */
@Controller
class DuplicatePages {

	private final DuplicateReview review;

	private final Persons persons;

	private final PersonSheet sheet;

	DuplicatePages(DuplicateReview review, Persons persons, PersonSheet sheet) {
		this.review = review;
		this.persons = persons;
		this.sheet = sheet;
	}

	@GetMapping("/persons/duplicates")
	String queue(Model model) {
		model.addAttribute("pairs", this.review.queue());
		return "persons/duplicates";
	}

	@PostMapping("/persons/duplicates/scan")
	String scan() {
		this.review.scan();
		return "redirect:/persons/duplicates";
	}

	@GetMapping("/persons/duplicates/{id}")
	String pair(@PathVariable UUID id, Model model) {
		return pair(id, model, Map.of());
	}

	@PostMapping("/persons/duplicates/{id}/merge")
	String merge(@PathVariable UUID id, @RequestParam(required = false) UUID keep,
			@RequestParam(required = false) String reason, Model model, HttpServletResponse response) {
		try {
			return PersonPages.redirectTo(this.review.merge(id, new MergeDecision(keep, reason)));
		}
		catch (PersonRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return pair(id, model, FormValues.errors(refused));
		}
	}

	@PostMapping("/persons/duplicates/{id}/distinct")
	String distinct(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model,
			HttpServletResponse response) {
		try {
			this.review.distinct(id, reason);
			return "redirect:/persons/duplicates";
		}
		catch (PersonRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return pair(id, model, FormValues.errors(refused));
		}
	}

	@PostMapping("/persons/{id}/unmerge")
	String unmerge(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model,
			HttpServletResponse response) {
		try {
			return PersonPages.redirectTo(this.review.unmerge(id, reason));
		}
		catch (PersonRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return this.sheet.page(model, this.persons.get(id), FormValues.errors(refused), "unmerge");
		}
	}

	@PostMapping("/persons/similar")
	String similar(@ModelAttribute PersonForm form, Model model) {
		List<PossibleDuplicate> similar;
		try {
			similar = this.review.similar(form.toFields(null, null));
		}
		catch (PersonRefused refused) {
			similar = List.of();
		}
		model.addAttribute("similar", similar);
		return "persons/similar :: list";
	}

	@ExceptionHandler(PersonNotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "persons/not-found";
	}

	private String pair(UUID id, Model model, Map<String, String> errors) {
		model.addAttribute("pair", this.review.pair(id));
		model.addAttribute("errors", errors);
		return "persons/pair";
	}

}
