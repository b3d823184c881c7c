package org.marsad.search;

import java.util.UUID;

/**
 * Full-text search over the record: the one seam between the application and the search
 * engine, so that the embedded index can be replaced by a cluster without touching
 * callers.
 * <ul>
 * <li>Modules index their records after the transaction that stored them commits, and
 * delete them when they are voided or removed; a record indexed twice is kept once.</li>
 * <li>The database stays the record: should a call fail or the process stop, the index is
 * rebuilt from the {@link SearchFeed}s at the next start.</li>
 * </ul>
 */
public interface Search {

	/**
	 * Adds a record to the index, or replaces the entry of the same kind and id. Visible
	 * to queries when the call returns.
	 * @param document the record as indexed
	 */
	void index(SearchDocument document);

	/**
	 * Removes a record from the index; nothing happens when it is not there.
	 * @param kind the kind of record
	 * @param id its id
	 */
	void delete(RecordKind kind, UUID id);

	/**
	 * Runs a query for a reader.
	 * @param query what is asked
	 * @param viewer who asks, which decides the records and fields searched and returned
	 * @return one page of hits with facet counts; empty for a viewer who may not read
	 * @throws BadQuery naming the offending parameter
	 */
	SearchResults query(SearchQuery query, Viewer viewer);

	/** How many documents the index holds, of every kind. */
	long count();

}
