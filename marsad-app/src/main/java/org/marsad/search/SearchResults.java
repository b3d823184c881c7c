package org.marsad.search;

import java.util.List;
import java.util.Map;

/**
 * One page of hits.
 *
 * @param hits the hits on this page, best first
 * @param total how many reports match in all
 * @param page the page from 0
 * @param size the page size
 * @param facets counts per value of {@code language}, {@code channel}, {@code status}
 * and, for viewers who see sources, {@code source}
 */
public record SearchResults(List<SearchHit> hits, long total, int page, int size,
		Map<String, List<FacetCount>> facets) {

	/** No hits at all. */
	public static SearchResults none(SearchQuery query) {
		return new SearchResults(List.of(), 0, query.page(), query.size(), Map.of());
	}

	/** How many pages there are, at least one. */
	public int totalPages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	/** Whether a page comes before this one. */
	public boolean hasPrevious() {
		return this.page > 0;
	}

	/** Whether a page comes after this one. */
	public boolean hasNext() {
		return this.page + 1 < totalPages();
	}

	/**
	 * A found record.
	 *
	 * @param id its id
	 * @param kind what it is, e.g. {@code report}
	 * @param title its title, or {@code null}
	 * @param snippet fragments of its text, each a list of parts with matches marked
	 * @param score the relevance score
	 * @param language its language code
	 * @param receivedAt when it was received, ISO-8601
	 * @param source the source pseudonym, only for viewers who see sources
	 */
	public record SearchHit(String id, String kind, String title, List<List<SnippetPart>> snippet, float score,
			String language, String receivedAt, String source) {
	}

	/**
	 * A piece of a snippet, in the original text.
	 *
	 * @param text the characters exactly as received
	 * @param highlighted whether they matched the query
	 * @param start where they start in the original text
	 * @param end where they end in the original text (exclusive)
	 */
	public record SnippetPart(String text, boolean highlighted, int start, int end) {
	}

	/**
	 * How many matching reports hold a value.
	 *
	 * @param value the value, e.g. {@code ar}
	 * @param count how many
	 */
	public record FacetCount(String value, long count) {
	}

}
