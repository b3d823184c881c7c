package org.marsad.search;

import java.time.LocalDate;

/**
 * What a reader asks for.
 *
 * @param text the query in the query syntax: words (all must match), "phrases", prefix*,
 * fuzzy~, {@code title:} and {@code source:} prefixes; blank for every report
 * @param from reports received on or after this day (UTC), or {@code null}
 * @param to reports received on or before this day (UTC), or {@code null}
 * @param language only this language code, or {@code null}
 * @param channel only this channel code, or {@code null}
 * @param status only this status code, or {@code null}
 * @param source only this source pseudonym, or {@code null}
 * @param page the page from 0
 * @param size the page size
 */
public record SearchQuery(String text, LocalDate from, LocalDate to, String language, String channel, String status,
		String source, int page, int size) {

	/** The page size when none is asked for. */
	public static final int DEFAULT_SIZE = 20;

	/** The largest page served. */
	public static final int MAX_SIZE = 100;

	/**
	 * Checks paging and the date range.
	 * @throws BadQuery naming {@code page}, {@code size} or {@code to}
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
	}

	/**
	 * A query for words only, first page.
	 * @param text the query
	 * @return the query
	 */
	public static SearchQuery of(String text) {
		return new SearchQuery(text, null, null, null, null, null, null, 0, DEFAULT_SIZE);
	}

	/** How many hits come before this page. */
	public int offset() {
		return this.page * this.size;
	}

}
