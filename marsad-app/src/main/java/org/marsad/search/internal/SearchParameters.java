package org.marsad.search.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.marsad.search.BadQuery;
import org.marsad.search.SearchQuery;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Search parameters as sent, read into a {@link SearchQuery} so that a refusal can name
 * the parameter at fault. The filters are the dimensions of {@link SearchQuery#FILTERS}.
 *
 * @param q the query text
 * @param from the first day, ISO-8601 ({@code 2019-03-05})
 * @param to the last day, ISO-8601
 * @param kind {@code report}, {@code event} or {@code person}
 * @param language a report language code
 * @param channel a report channel code
 * @param status a report status code
 * @param source a source pseudonym
 * @param type an event type code
 * @param verification an event verification status code
 * @param place a place id
 * @param actor an actor id
 * @param confidentiality {@code internal} or {@code publishable}
 * @param sex a person's sex
 * @param nationality a person's nationality (ISO 3166-1 alpha-2)
 * @param page the page from 0
 * @param size the page size
 */
record SearchParameters(String q, String from, String to, String kind, String language, String channel, String status,
		String source, String type, String verification, String place, String actor, String confidentiality, String sex,
		String nationality, String page, String size) {

	/**
	 * The query asked for.
	 * @return the query
	 * @throws BadQuery naming the first parameter that cannot be read
	 */
	SearchQuery query() {
		return new SearchQuery(this.q, day("from", this.from), day("to", this.to), filters(),
				number("page", this.page, 0), number("size", this.size, SearchQuery.DEFAULT_SIZE));
	}

	/** The filters sent, by dimension; blank ones left out (public for templates). */
	public Map<String, String> filters() {
		Map<String, String> filters = new LinkedHashMap<>();
		filters.put("kind", this.kind);
		filters.put("language", this.language);
		filters.put("channel", this.channel);
		filters.put("status", this.status);
		filters.put("source", this.source);
		filters.put("type", this.type);
		filters.put("verification", this.verification);
		filters.put("place", this.place);
		filters.put("actor", this.actor);
		filters.put("confidentiality", this.confidentiality);
		filters.put("sex", this.sex);
		filters.put("nationality", this.nationality);
		filters.values().removeIf((value) -> value == null || value.isBlank());
		return filters;
	}

	/**
	 * The link to these parameters with one filter set, back on the first page.
	 * @param dimension the filter
	 * @param value its value
	 * @return the path and query, encoded
	 */
	public String link(String dimension, String value) {
		UriComponentsBuilder link = base();
		filters().forEach(link::queryParam);
		link.replaceQueryParam(dimension, value);
		return link.encode().build().toUriString();
	}

	/**
	 * The link to another page of these parameters.
	 * @param number the page from 0
	 * @return the path and query, encoded
	 */
	public String page(int number) {
		UriComponentsBuilder link = base();
		filters().forEach(link::queryParam);
		link.queryParam("page", number);
		if (this.size != null && !this.size.isBlank()) {
			link.queryParam("size", this.size.strip());
		}
		return link.encode().build().toUriString();
	}

	private UriComponentsBuilder base() {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/search");
		for (String[] parameter : new String[][] { { "q", this.q }, { "from", this.from }, { "to", this.to } }) {
			if (parameter[1] != null && !parameter[1].isBlank()) {
				link.queryParam(parameter[0], parameter[1]);
			}
		}
		return link;
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

}
