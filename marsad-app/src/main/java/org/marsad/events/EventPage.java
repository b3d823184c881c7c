package org.marsad.events;

import java.util.List;

/**
 * One page of the event list, with how many events match, counted up to
 * {@link #COUNT_LIMIT}.
 * <ul>
 * <li>Counting every match of a broad filter costs more than reading the page (100,000
 * events: docs/BENCHMARKS.md, "Event list"), and nobody pages through 10,000 events; so
 * the count stops there and says so: {@code totalCapped} is {@code true} and
 * {@code total} is {@value #COUNT_LIMIT}, read "more than 10,000".</li>
 * <li>{@code hasNext} is known exactly (one row more than the page is read), also beyond
 * the counted events.</li>
 * </ul>
 *
 * @param items the events on this page, latest first
 * @param page the page number from 0
 * @param size the page size asked for
 * @param total how many events match, exactly when {@code totalCapped} is {@code false}
 * @param totalCapped whether more than {@code total} events match
 * @param hasNext whether a page comes after this one
 */
public record EventPage(List<EventSummary> items, int page, int size, long total, boolean totalCapped,
		boolean hasNext) {

	/** Matches are counted up to this number. */
	public static final int COUNT_LIMIT = 10_000;

	/** Whether a page comes before this one. */
	public boolean hasPrevious() {
		return this.page > 0;
	}

	/**
	 * How many pages the counted events fill, at least one; when the count is capped
	 * there are more.
	 * @return the number of pages
	 */
	public int totalPages() {
		return (int) Math.max(this.page + (this.hasNext ? 2 : 1), (this.total + this.size - 1) / this.size);
	}

}
