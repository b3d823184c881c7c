package org.marsad.tallies.internal;

import java.util.UUID;

import org.marsad.tallies.TallyPersons;
import org.marsad.tallies.TallyRefused;
import org.marsad.tallies.UnknownTally;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The tally page's section on the persons of the registry behind its figures, loaded
 * after the numbers as the consistency checks are.
 */
@Controller
class TallyPersonsPages {

	private final TallyPersons persons;

	TallyPersonsPages(TallyPersons persons) {
		this.persons = persons;
	}

	@GetMapping("/tallies/{id}/persons")
	String persons(@PathVariable UUID id, @RequestParam(required = false) String asOf, Model model) {
		model.addAttribute("count", this.persons.persons(id, TallyRules.day(asOf, "asOf")));
		return "tallies/persons :: persons";
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

}
