package org.marsad.persons.internal;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.marsad.persons.Household;
import org.marsad.persons.PersonNotFound;
import org.marsad.persons.PersonRefused;
import org.marsad.persons.PersonRoles;
import org.marsad.persons.Persons;

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
 * Registering a family at once, and the household page.
 */
@Controller
class HouseholdPages {

	private final Persons persons;

	HouseholdPages(Persons persons) {
		this.persons = persons;
	}

	@GetMapping("/persons/households/new")
	@PreAuthorize(PersonRoles.RECORDS)
	String newForm(Model model) {
		return form(model, HouseholdForm.empty(), Map.of());
	}

	@PostMapping("/persons/households")
	String create(@ModelAttribute HouseholdForm form, Model model, HttpServletResponse response) {
		try {
			Household household = this.persons.register(form.toHousehold());
			return "redirect:/persons/households/" + household.id();
		}
		catch (PersonRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, form, FormValues.errors(refused));
		}
	}

	@GetMapping("/persons/households/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("household", this.persons.household(id));
		return "persons/household";
	}

	@ExceptionHandler(PersonNotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "persons/not-found";
	}

	private static String form(Model model, HouseholdForm form, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("relations", PersonRules.RELATIONS.stream().sorted().toList());
		return "persons/household-form";
	}

}
