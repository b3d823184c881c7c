package org.marsad.catalogue.internal;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.marsad.catalogue.Actor;
import org.marsad.catalogue.Actors;
import org.marsad.catalogue.CatalogueConflict;
import org.marsad.catalogue.CataloguePage;
import org.marsad.catalogue.CatalogueRefused;
import org.marsad.catalogue.NotInCatalogue;
import org.marsad.security.Roles;

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
import org.springframework.web.util.UriUtils;

/**
 * The actor pages: the list with search, an actor with its names, and the forms with
 * which coordinators add and edit actors.
 */
@Controller
class ActorPages {

	private final Actors actors;

	ActorPages(Actors actors) {
		this.actors = actors;
	}

	@GetMapping("/actors")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("actors",
				this.actors.list(q, Math.max(0, (page != null) ? page : 0), CataloguePage.DEFAULT_SIZE));
		model.addAttribute("filter", Map.of("q", (q != null) ? q : ""));
		return (htmx != null) ? "catalogue/actors :: results" : "catalogue/actors";
	}

	@GetMapping("/actors/{id}")
	String show(@PathVariable String id, Model model) {
		model.addAttribute("actor", this.actors.get(id));
		return "catalogue/actor";
	}

	@GetMapping("/actors/new")
	@PreAuthorize(Roles.CURATES)
	String newForm(Model model) {
		return form(model, ActorForm.empty(), null, Map.of());
	}

	@PostMapping("/actors")
	String create(@ModelAttribute ActorForm form, Model model, HttpServletResponse response) {
		try {
			return redirectTo(this.actors.create(form.toChange()));
		}
		catch (CatalogueRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, form, null, FormErrors.of(refused));
		}
		catch (CatalogueConflict conflict) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return form(model, form, null, FormErrors.of(conflict));
		}
	}

	@GetMapping("/actors/{id}/edit")
	@PreAuthorize(Roles.CURATES)
	String editForm(@PathVariable String id, Model model) {
		Actor actor = this.actors.get(id);
		return form(model, ActorForm.of(actor), actor, Map.of());
	}

	@PostMapping("/actors/{id}")
	String update(@PathVariable String id, @ModelAttribute ActorForm form, Model model, HttpServletResponse response) {
		try {
			return redirectTo(this.actors.update(id, CatalogueParameters.version(form.version()), form.toChange()));
		}
		catch (CatalogueRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, form, this.actors.get(id), FormErrors.of(refused));
		}
		catch (CatalogueConflict conflict) {
			Actor current = this.actors.get(id);
			response.setStatus(HttpStatus.CONFLICT.value());
			return form(model, form.withVersion(current.version()), current, FormErrors.of(conflict));
		}
	}

	@ExceptionHandler(NotInCatalogue.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "catalogue/not-found";
	}

	private String form(Model model, ActorForm form, Actor editing, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("editing", editing);
		model.addAttribute("errors", errors);
		return "catalogue/actor-form";
	}

	private static String redirectTo(Actor actor) {
		return "redirect:/actors/" + UriUtils.encodePathSegment(actor.id(), "UTF-8");
	}

}
