package org.marsad.catalogue.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.marsad.catalogue.CatalogueConflict;
import org.marsad.catalogue.CataloguePage;
import org.marsad.catalogue.CatalogueRefused;
import org.marsad.catalogue.NotInCatalogue;
import org.marsad.catalogue.Place;
import org.marsad.catalogue.PlaceQuery;
import org.marsad.catalogue.Places;
import org.marsad.security.Roles;
import org.marsad.text.vocabulary.PlaceKind;

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
import org.springframework.web.util.UriUtils;

/**
 * The place pages: the list with search and kind filter, a place with its hierarchy,
 * names and coordinates, and the forms with which coordinators add and edit places.
 */
@Controller
class PlacePages {

	/** OpenStreetMap at the place's coordinates, with a marker. */
	static final String MAP = "https://www.openstreetmap.org/?mlat=%s&mlon=%s#map=12/%s/%s";

	private final Places places;

	PlacePages(Places places) {
		this.places = places;
	}

	@GetMapping("/places")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
			@RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		PlaceKind chosen = null;
		try {
			chosen = CatalogueParameters.kind(kind);
		}
		catch (CatalogueRefused refused) {
			model.addAttribute("errors", FormErrors.of(refused));
		}
		CataloguePage<Place> found = this.places.list(new PlaceQuery(q, chosen, null),
				Math.max(0, (page != null) ? page : 0), CataloguePage.DEFAULT_SIZE);
		model.addAttribute("places", found);
		model.addAttribute("parents", byId(this.places
			.getAll(found.items().stream().map(Place::parentId).filter(Objects::nonNull).distinct().toList())));
		model.addAttribute("filter", Map.of("q", (q != null) ? q : "", "kind", (chosen != null) ? chosen.code() : ""));
		model.addAttribute("kinds", PlaceKind.values());
		return (htmx != null) ? "catalogue/places :: results" : "catalogue/places";
	}

	@GetMapping("/places/{id}")
	String show(@PathVariable String id, Model model) {
		Place place = this.places.get(id);
		model.addAttribute("place", place);
		List<Place> ancestors = new ArrayList<>(this.places.ancestors(id));
		Collections.reverse(ancestors);
		model.addAttribute("ancestors", ancestors);
		model.addAttribute("children", this.places.children(id));
		model.addAttribute("mapUrl", place.hasCoordinates()
				? String.format(Locale.ROOT, MAP, place.lat(), place.lon(), place.lat(), place.lon()) : null);
		return "catalogue/place";
	}

	@GetMapping("/places/new")
	@PreAuthorize(Roles.CURATES)
	String newForm(@RequestParam(required = false) String parent, Model model) {
		return form(model, PlaceForm.empty(parent), null, Map.of());
	}

	@PostMapping("/places")
	String create(@ModelAttribute PlaceForm form, Model model, HttpServletResponse response) {
		try {
			return redirectTo(this.places.create(form.toChange()));
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

	@GetMapping("/places/{id}/edit")
	@PreAuthorize(Roles.CURATES)
	String editForm(@PathVariable String id, Model model) {
		Place place = this.places.get(id);
		return form(model, PlaceForm.of(place), place, Map.of());
	}

	@PostMapping("/places/{id}")
	String update(@PathVariable String id, @ModelAttribute PlaceForm form, Model model, HttpServletResponse response) {
		try {
			return redirectTo(this.places.update(id, CatalogueParameters.version(form.version()), form.toChange()));
		}
		catch (CatalogueRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, form, this.places.get(id), FormErrors.of(refused));
		}
		catch (CatalogueConflict conflict) {
			Place current = this.places.get(id);
			response.setStatus(HttpStatus.CONFLICT.value());
			return form(model, form.withVersion(current.version()), current, FormErrors.of(conflict));
		}
	}

	@PostMapping("/places/{id}/delete")
	String delete(@PathVariable String id, @RequestParam(required = false) Integer version,
			RedirectAttributes redirect) {
		try {
			this.places.delete(id, CatalogueParameters.version(version));
			return "redirect:/places";
		}
		catch (CatalogueConflict | CatalogueRefused refused) {
			String code = (refused instanceof CatalogueConflict conflict) ? conflict.code() : "catalogue.error.version";
			redirect.addFlashAttribute("refusal", code);
			return "redirect:/places/" + UriUtils.encodePathSegment(id, "UTF-8");
		}
	}

	@ExceptionHandler(NotInCatalogue.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "catalogue/not-found";
	}

	private String form(Model model, PlaceForm form, Place editing, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("editing", editing);
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", PlaceKind.values());
		return "catalogue/place-form";
	}

	private static String redirectTo(Place place) {
		return "redirect:/places/" + UriUtils.encodePathSegment(place.id(), "UTF-8");
	}

	private static Map<String, Place> byId(List<Place> places) {
		return places.stream().collect(Collectors.toMap(Place::id, Function.identity()));
	}

}
