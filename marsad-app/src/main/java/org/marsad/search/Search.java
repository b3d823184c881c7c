package org.marsad.search;

import java.util.function.Consumer;

/**
 * Full-text search over the record: the one seam between the application and the search
 * engine, so that the embedded index can be replaced by a cluster without touching
 * callers.
 */
public interface Search {

	/**
	 * Adds a report to the index, or replaces the entry of the same id.
	 * @param report the report as indexed
	 */
	void index(ReportDocument report);

	/**
	 * Runs a query for a reader.
	 * @param query what is asked
	 * @param viewer who asks, which decides the fields searched and returned
	 * @return one page of hits with facet counts; empty for a viewer who may not read
	 * @throws BadQuery naming the offending parameter
	 */
	SearchResults query(SearchQuery query, Viewer viewer);

	/**
	 * Replaces the whole index by the given reports.
	 * @param reports every report, read once
	 * @param progress told the number of reports indexed so far, now and then
	 */
	void rebuild(Iterable<ReportDocument> reports, Consumer<Long> progress);

	/** How many documents the index holds. */
	long count();

}
