package org.marsad.search.internal;

import java.util.Set;

/**
 * Message keys of search refusals, one per parameter.
 */
final class SearchMessages {

	private static final Set<String> NAMED = Set.of("q", "from", "to", "page", "size", "source", "confidentiality");

	private SearchMessages() {
	}

	/**
	 * The message key of a refused parameter.
	 * @param field the parameter
	 * @return the key, e.g. {@code search.error.from}
	 */
	static String error(String field) {
		return NAMED.contains(field) ? "search.error." + field : "search.error.value";
	}

}
