package org.marsad.search.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.marsad.search.BadQuery;
import org.marsad.search.SearchQuery;

/**
 * Search parameters as sent, read into a {@link SearchQuery} so that a refusal can name
 * the parameter at fault.
 *
 * @param q the query text
 * @param from the first day, ISO-8601 ({@code 2019-03-05})
 * @param to the last day, ISO-8601
 * @param language a language code
 * @param channel a channel code
 * @param status a status code
 * @param source a source pseudonym
 * @param page the page from 0
 * @param size the page size
 */
record SearchParameters(String q, String from, String to, String language, String channel, String status, String source,
		String page, String size) {

	/**
	 * The query asked for.
	 * @return the query
	 * @throws BadQuery naming the first parameter that cannot be read
	 */
	SearchQuery query() {
		return new SearchQuery(this.q, day("from", this.from), day("to", this.to), blankless(this.language),
				blankless(this.channel), blankless(this.status), blankless(this.source), number("page", this.page, 0),
				number("size", this.size, SearchQuery.DEFAULT_SIZE));
	}

	private static LocalDate day(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new BadQuery(field);
		}
	}

	private static int number(String field, String value, int otherwise) {
		if (value == null || value.isBlank()) {
			return otherwise;
		}
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new BadQuery(field);
		}
	}

	private static String blankless(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
