package org.marsad.persons.internal;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.marsad.intake.PageRequest;
import org.marsad.persons.Person;
import org.marsad.persons.PersonConflict;
import org.marsad.persons.PersonEdit;
import org.marsad.persons.PersonFilter;
import org.marsad.persons.PersonNotFound;
import org.marsad.persons.PersonRefused;
import org.marsad.persons.PersonRoles;
import org.marsad.persons.Persons;
import org.marsad.persons.PfifExchange;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * The person pages: the list with search, the person with timeline, evidence and
 * assessment, and the forms with which documenters register and edit persons.
 */
@Controller
class PersonPages {

	private final Persons persons;

	private final PersonSheet sheet;

	private final PfifExchange pfif;

	PersonPages(Persons persons, PersonSheet sheet, PfifExchange pfif) {
		this.persons = persons;
		this.sheet = sheet;
		this.pfif = pfif;
	}

	@GetMapping("/persons")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
			@RequestParam(required = false) Integer page, Model model) {
		int number = Math.max(0, (page != null) ? page : 0);
		model.addAttribute("persons", this.persons.list(new PersonFilter(q, status, false),
				new PageRequest(number, PageRequest.DEFAULT_SIZE)));
		model.addAttribute("q", (q != null) ? q : "");
		model.addAttribute("status", (status != null) ? status : "");
		model.addAttribute("statuses", StatusRules.STATUSES.stream().sorted().toList());
		return "persons/list";
	}

	@GetMapping("/persons/new")
	@PreAuthorize(PersonRoles.RECORDS)
	String newForm(Model model) {
		return form(model, PersonForm.empty(), null, Map.of());
	}

	@PostMapping("/persons")
	String create(@ModelAttribute PersonForm form, Model model, HttpServletResponse response) {
		try {
			return redirectTo(this.persons.create(form.toFields(null, null)));
		}
		catch (PersonRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, form, null, FormValues.errors(refused));
		}
	}

	@GetMapping("/persons/{id}")
	String show(@PathVariable UUID id, Model model) {
		return this.sheet.page(model, this.persons.get(id), Map.of(), null);
	}

	@GetMapping("/persons/{id}/edit")
	@PreAuthorize(PersonRoles.RECORDS)
	String editForm(@PathVariable UUID id, Model model) {
		Person person = this.persons.get(id);
		return form(model, PersonForm.of(person), person, Map.of());
	}

	@PostMapping("/persons/{id}")
	String update(@PathVariable UUID id, @ModelAttribute PersonForm form, Model model, HttpServletResponse response) {
		Person current = this.persons.get(id);
		try {
			Problems problems = new Problems();
			Integer version = FormValues.integer(form.version(), "version", problems);
			problems.throwIfAny();
			return redirectTo(this.persons.update(id, new PersonEdit(version, form.reason(),
					form.toFields(current.householdId(), current.householdRelation()))));
		}
		catch (PersonRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, form, current, FormValues.errors(refused));
		}
		catch (PersonConflict conflict) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return form(model, PersonForm.of(current), current, FormValues.errors(conflict));
		}
	}

	@GetMapping("/persons/pfif")
	ResponseEntity<byte[]> pfif() {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_XML)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("marsad-persons.pfif.xml").build().toString())
			.body(this.pfif.export());
	}

	@ExceptionHandler(PersonNotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "persons/not-found";
	}

	private String form(Model model, PersonForm form, Person editing, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("editing", editing);
		model.addAttribute("errors", errors);
		model.addAttribute("relations", PersonRules.RELATIONS.stream().sorted().toList());
		return "persons/form";
	}

	static String redirectTo(Person person) {
		return "redirect:/persons/" + person.id();
	}

}
