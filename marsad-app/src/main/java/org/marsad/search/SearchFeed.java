package org.marsad.search;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * A module's records for the index, read from the database: what a rebuild indexes and
 * what healing at start compares the index with. A module that indexes a kind of record
 * declares one feed for it as a bean; search depends on the interface only, so that the
 * module can depend on search without a cycle.
 * <ul>
 * <li>{@link #state()} and {@link #forEach} must agree: the count is the number of
 * documents {@code forEach} gives, the last change the latest
 * {@link SearchDocument#changedAt()} among them.</li>
 * <li>{@code forEach} reads in pages or a stream, never everything at once, and runs
 * without a user: the feed reads as the system.</li>
 * </ul>
 */
public interface SearchFeed {

	/** The kind of record this feed gives. */
	RecordKind kind();

	/**
	 * What the database holds for this kind.
	 * @return the count and the latest change
	 */
	State state();

	/**
	 * Gives every record of this kind, once each, in any order.
	 * @param action called for each document
	 */
	void forEach(Consumer<? super SearchDocument> action);

	/**
	 * What the database holds of one kind.
	 *
	 * @param count how many documents the index should hold
	 * @param lastChange the latest {@link SearchDocument#changedAt()} among them, or
	 * {@code null} when there are none
	 */
	record State(long count, Instant lastChange) {

		/** Nothing at all. */
		public static final State EMPTY = new State(0, null);

	}

}
