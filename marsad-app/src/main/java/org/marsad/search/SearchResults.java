package org.marsad.search;

import java.util.List;
import java.util.Map;

/**
 * One page of hits.
 *
 * @param hits the hits on this page, best first
 * @param total how many records match in all
 * @param page the page from 0
 * @param size the page size
 * @param facets counts per value of each dimension of {@link SearchQuery#FILTERS} that
 * has values among the matches and that the viewer may see ({@code source} for viewers
 * who see sources, {@code confidentiality} for viewers who see internal records)
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
	 * A found record. Fields that do not apply to its kind are {@code null}.
	 *
	 * @param id its id
	 * @param kind what it is: {@code report}, {@code event} or {@code person}
	 * @param title a report's title, a person's name, or {@code null}
	 * @param snippet passages of its texts with matches marked
	 * @param score the relevance score
	 * @param language a report's language code
	 * @param receivedAt when a report was received, ISO-8601
	 * @param source a report's source pseudonym, only for viewers who see sources
	 * @param type an event's type code
	 * @param status a report's status or an event's verification status
	 * @param dateFrom an event's first day, ISO-8601
	 * @param dateTo an event's last day, ISO-8601
	 * @param place the name of an event's or a person's first place
	 * @param internal whether the record is internal (only ever so for viewers who see
	 * internal records)
	 */
	public record SearchHit(String id, String kind, String title, List<Snippet> snippet, float score, String language,
			String receivedAt, String source, String type, String status, String dateFrom, String dateTo, String place,
			boolean internal) {
	}

	/**
	 * A passage of one of a record's texts.
	 *
	 * @param field which text: {@code text} (a report), {@code description_ar} or
	 * {@code description_en} (an event)
	 * @param parts the passage in text order, matches marked
	 */
	public record Snippet(String field, List<SnippetPart> parts) {
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
	 * How many matching records hold a value.
	 *
	 * @param value the value, e.g. {@code ar} or a place id
	 * @param count how many
	 * @param label the name of a place or an actor, {@code null} for codes
	 */
	public record FacetCount(String value, long count, String label) {

		/**
		 * The count of a code, which needs no label.
		 * @param value the code
		 * @param count how many
		 */
		public FacetCount(String value, long count) {
			this(value, count, null);
		}

	}

}
