package org.marsad.events.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.marsad.catalogue.Place;
import org.marsad.catalogue.PlaceQuery;
import org.marsad.catalogue.Places;
import org.marsad.security.Roles;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The place picker of the coding page: the places whose name or other name matches what
 * is typed, as the catalogue searches names (folded as the text engine folds them: hamza
 * and alef forms, teh marbuta, diacritics, tatweel; without the article), each with the
 * place it lies in, for the event row to take its id.
 * <ul>
 * <li>At most {@value #SHOWN} places, best matches first; fewer than {@value #SHORTEST}
 * characters find nothing.</li>
 * <li>The answer is a fragment for htmx; the page's script puts the chosen id into the
 * row.</li>
 * </ul>
 */
@Controller
class PlacePicker {

	static final int SHOWN = 10;

	static final int SHORTEST = 2;

	private final Places places;

	PlacePicker(Places places) {
		this.places = places;
	}

	@GetMapping("/coding/places")
	@PreAuthorize(Roles.CODES)
	String find(@RequestParam(required = false) String q, @RequestParam(required = false) Integer row, Model model) {
		String typed = (q != null) ? q.strip() : "";
		List<Place> found = (typed.length() < SHORTEST) ? List.of()
				: this.places.list(new PlaceQuery(typed, null, null), 0, SHOWN).items();
		Map<String, Place> parents = this.places
			.getAll(found.stream().map(Place::parentId).filter(Text::present).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Place::id, (place) -> place));
		model.addAttribute("row", (row != null) ? row : 0);
		model.addAttribute("typed", typed);
		model.addAttribute("found", found);
		model.addAttribute("parents", parents);
		return "events/code-fragments :: placeChoices";
	}

}
