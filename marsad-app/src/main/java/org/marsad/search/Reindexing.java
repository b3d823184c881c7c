package org.marsad.search;

import java.util.function.Consumer;

/**
 * Rebuilds the search index from the database, for the {@code reindex} command and for
 * healing at start.
 */
public interface Reindexing {

	/**
	 * Reads every report from the database and replaces the index with them.
	 * @param progress told the number of reports indexed so far, now and then
	 * @return how many reports were indexed
	 */
	long reindex(Consumer<Long> progress);

}
