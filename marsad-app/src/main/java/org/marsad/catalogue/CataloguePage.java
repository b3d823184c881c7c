package org.marsad.catalogue;

import java.util.List;

/**
 * One page of a catalogue list.
 *
 * @param <T> the type of the entries
 * @param items the entries on this page
 * @param page the page number from 0
 * @param size the page size asked for
 * @param total how many entries match in all
 */
public record CataloguePage<T>(List<T> items, int page, int size, long total) {

	/** The largest page served. */
	public static final int MAX_SIZE = 100;

	/** The page size when none is asked for. */
	public static final int DEFAULT_SIZE = 50;

	/**
	 * Copies the items.
	 */
	public CataloguePage {
		items = List.copyOf(items);
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

}
