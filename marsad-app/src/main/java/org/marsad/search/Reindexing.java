package org.marsad.search;

/**
 * Rebuilds the search index from the database, for the {@code reindex} command and for
 * healing at start. The index in use keeps serving until the rebuilt one replaces it as a
 * whole; a rebuild that fails or is interrupted leaves it as it was.
 */
public interface Reindexing {

	/**
	 * Reads every record of every {@link SearchFeed} and replaces the index with them.
	 * @param progress told how far the rebuild has come, now and then
	 * @return how many records were indexed
	 */
	long reindex(Progress progress);

	/**
	 * Told how far a rebuild has come.
	 */
	@FunctionalInterface
	interface Progress {

		/** Told nothing. */
		Progress NONE = (done, total) -> {
		};

		/**
		 * Records indexed so far.
		 * @param done how many records were indexed
		 * @param total how many the database held when the rebuild started
		 */
		void indexed(long done, long total);

	}

}
