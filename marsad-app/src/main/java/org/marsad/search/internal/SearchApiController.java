package org.marsad.search.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.marsad.search.Search;
import org.marsad.search.SearchResults;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * Search over reports as JSON.
 */
@RestController
@Tag(name = "Search", description = "Full-text search over reports")
class SearchApiController {

	private final Search search;

	SearchApiController(Search search) {
		this.search = search;
	}

	@GetMapping("/api/search")
	@Operation(summary = "Search reports",
			description = "q: words (all must match), \"phrases\", prefix*, fuzzy~, title: and source: prefixes; "
					+ "from/to: days (ISO-8601, UTC, both included); language, channel, status, source: facet "
					+ "filters; page from 0, size 1-100. Source pseudonyms only for roles that work with sources.")
	SearchResults search(@ModelAttribute SearchParameters parameters, Authentication authentication) {
		return this.search.query(parameters.query(), Searcher.of(authentication));
	}

}
