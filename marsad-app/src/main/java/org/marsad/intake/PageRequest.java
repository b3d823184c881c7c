package org.marsad.intake;

/**
 * A page of a list, newest first.
 *
 * @param page the page number from 0
 * @param size the page size, 1 to {@link #MAX_SIZE}
 */
public record PageRequest(int page, int size) {

	/** The largest page served. */
	public static final int MAX_SIZE = 100;

	/** The page size when none is asked for. */
	public static final int DEFAULT_SIZE = 20;

	/**
	 * Checks the bounds.
	 * @param page the page number from 0
	 * @param size the page size, 1 to {@link #MAX_SIZE}
	 */
	public PageRequest {
		if (page < 0 || size < 1 || size > MAX_SIZE) {
			throw new IllegalArgumentException("page from 0, size from 1 to " + MAX_SIZE);
		}
	}

	/** The first page of the default size. */
	public static PageRequest first() {
		return new PageRequest(0, DEFAULT_SIZE);
	}

	/** How many rows come before this page. */
	public long offset() {
		return (long) this.page * this.size;
	}

}
