package org.marsad.audit;

import java.util.List;

/**
 * One page of audit entries, newest first.
 *
 * @param items the entries
 * @param page the page number from 0
 * @param size the page size asked for
 * @param total how many entries match
 */
public record AuditPage(List<AuditEntry> items, int page, int size, long total) {

	/** The largest page served. */
	public static final int MAX_SIZE = 200;

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
