package org.marsad.search;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a reader asks for.
 *
 * @param text the query in the query syntax: words (all must match), "phrases", prefix*,
 * fuzzy~, {@code field:} prefixes; blank for every record
 * @param from records on or after this day (UTC): reports received, events happening, or
 * {@code null}
 * @param to records on or before this day (UTC), or {@code null}
 * @param filters facet values the hits must hold, by dimension (one of {@link #FILTERS})
 * @param page the page from 0
 * @param size the page size
 */
public record SearchQuery(String text, LocalDate from, LocalDate to, Map<String, String> filters, int page, int size) {

	/** The page size when none is asked for. */
	public static final int DEFAULT_SIZE = 20;

	/** The largest page served. */
	public static final int MAX_SIZE = 100;

	/**
	 * The dimensions that can filter, each also a facet of the results.
	 * <ul>
	 * <li>every kind: {@code kind} ({@code report}, {@code event}, {@code person})</li>
	 * <li>reports: {@code language}, {@code channel}, {@code status}, {@code source}</li>
	 * <li>events: {@code type}, {@code verification}, {@code place}, {@code actor},
	 * {@code confidentiality}</li>
	 * <li>persons: {@code sex}, {@code nationality}, {@code place},
	 * {@code confidentiality}</li>
	 * </ul>
	 */
	public static final Set<String> FILTERS = Set.of("kind", "language", "channel", "status", "source", "type",
			"verification", "place", "actor", "confidentiality", "sex", "nationality");

	/**
	 * Checks paging, the date range and the filters; drops blank filter values.
	 * @throws BadQuery naming {@code page}, {@code size}, {@code to} or an unknown filter
	 */
	public SearchQuery {
		if (page < 0) {
			throw new BadQuery("page");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new BadQuery("size");
		}
		if (from != null && to != null && to.isBefore(from)) {
			throw new BadQuery("to");
		}
		Map<String, String> kept = new LinkedHashMap<>();
		if (filters != null) {
			filters.forEach((dimension, value) -> {
				if (!FILTERS.contains(dimension)) {
					throw new BadQuery(dimension);
				}
				if (value != null && !value.isBlank()) {
					kept.put(dimension, value.strip());
				}
			});
		}
		filters = Map.copyOf(kept);
	}

	/**
	 * A query for words only, first page.
	 * @param text the query
	 * @return the query
	 */
	public static SearchQuery of(String text) {
		return new SearchQuery(text, null, null, Map.of(), 0, DEFAULT_SIZE);
	}

	/**
	 * This query with one more filter.
	 * @param dimension one of {@link #FILTERS}
	 * @param value the value the hits must hold
	 * @return the query
	 * @throws BadQuery naming an unknown dimension
	 */
	public SearchQuery filter(String dimension, String value) {
		Map<String, String> more = new LinkedHashMap<>(this.filters);
		more.put(dimension, value);
		return new SearchQuery(this.text, this.from, this.to, more, this.page, this.size);
	}

	/**
	 * This query for the days from one to another.
	 * @param first the first day, or {@code null}
	 * @param last the last day, or {@code null}
	 * @return the query
	 * @throws BadQuery naming {@code to} when the last is before the first
	 */
	public SearchQuery between(LocalDate first, LocalDate last) {
		return new SearchQuery(this.text, first, last, this.filters, this.page, this.size);
	}

	/**
	 * This query for another page.
	 * @param number the page from 0
	 * @param pageSize the page size
	 * @return the query
	 * @throws BadQuery naming {@code page} or {@code size}
	 */
	public SearchQuery page(int number, int pageSize) {
		return new SearchQuery(this.text, this.from, this.to, this.filters, number, pageSize);
	}

	/**
	 * The value a filter asks for.
	 * @param dimension the dimension
	 * @return the value, or {@code null}
	 */
	public String filter(String dimension) {
		return this.filters.get(dimension);
	}

	/** How many hits come before this page. */
	public int offset() {
		return this.page * this.size;
	}

}
