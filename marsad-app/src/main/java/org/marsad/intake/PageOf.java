package org.marsad.intake;

import java.util.List;

/**
 * One page of a list.
 *
 * @param <T> the type of the items
 * @param items the items on this page
 * @param page the page number from 0
 * @param size the page size asked for
 * @param total how many items there are in all
 */
public record PageOf<T>(List<T> items, int page, int size, long total) {

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

}
