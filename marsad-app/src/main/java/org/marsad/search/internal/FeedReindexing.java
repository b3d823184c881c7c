package org.marsad.search.internal;

import java.util.List;
import java.util.Objects;

import org.marsad.search.Reindexing;
import org.marsad.search.SearchFeed;

/**
 * Rebuilds the index from every {@link SearchFeed}, on demand or when it is behind.
 * <ul>
 * <li>Healing compares, for each feed, the number of records and the latest change in the
 * database with what the index holds of that kind (to the millisecond), and rebuilds
 * everything when any differs.</li>
 * <li>A kind without a feed is not checked, and is dropped by a rebuild.</li>
 * </ul>
 */
final class FeedReindexing implements Reindexing {

	private final List<SearchFeed> feeds;

	private final LuceneSearch search;

	FeedReindexing(List<SearchFeed> feeds, LuceneSearch search) {
		this.feeds = List.copyOf(feeds);
		this.search = search;
	}

	@Override
	public long reindex(Progress progress) {
		return this.search.rebuild(this.feeds, progress);
	}

	/**
	 * Rebuilds the index when it is missing or behind the database.
	 * @return whether it was rebuilt
	 */
	boolean heal() {
		if (isCurrent()) {
			return false;
		}
		reindex(Progress.NONE);
		return true;
	}

	/** Whether the index holds what every feed holds. */
	boolean isCurrent() {
		for (SearchFeed feed : this.feeds) {
			if (!agree(feed.state(), this.search.state(feed.kind()))) {
				return false;
			}
		}
		return true;
	}

	private static boolean agree(SearchFeed.State database, SearchFeed.State index) {
		return database.count() == index.count() && Objects.equals(millis(database), millis(index));
	}

	private static Long millis(SearchFeed.State state) {
		return (state.lastChange() != null) ? state.lastChange().toEpochMilli() : null;
	}

}
