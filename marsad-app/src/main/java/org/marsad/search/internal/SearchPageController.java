package org.marsad.search.internal;

import org.marsad.search.BadQuery;
import org.marsad.search.Search;
import org.marsad.search.SearchResults;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The search page: a query box, facet counts as filters, and one page of hits.
 */
@Controller
class SearchPageController {

	private final Search search;

	SearchPageController(Search search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@ModelAttribute("params") SearchParameters parameters, Authentication authentication, Model model) {
		try {
			SearchResults results = this.search.query(parameters.query(), Searcher.of(authentication));
			model.addAttribute("results", results);
		}
		catch (BadQuery refused) {
			model.addAttribute("errorField", refused.field());
			model.addAttribute("error", SearchMessages.error(refused.field()));
		}
		return "search/results";
	}

}
