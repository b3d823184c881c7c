/**
 * Search: full-text search over reports, events and persons in one index, behind one
 * interface ({@link org.marsad.search.Search}) so that an OpenSearch cluster can replace
 * the embedded Lucene index (DESIGN, "Runtime").
 * <ul>
 * <li>Every document has a kind ({@link org.marsad.search.RecordKind}). Reports are
 * indexed by this module as they are stored, after the storing transaction commits
 * ({@link org.marsad.intake.ReportReceived}). Other modules index their records by
 * calling {@link org.marsad.search.Search#index} and
 * {@link org.marsad.search.Search#delete} after their transactions commit, and declare a
 * {@link org.marsad.search.SearchFeed} bean so that the index can be rebuilt from their
 * tables.</li>
 * <li>The database is the system of record: the index can always be rebuilt from it. At
 * start the index is checked against every feed and rebuilt in the background when it is
 * missing or behind. A rebuild builds a new index beside the one in use and replaces it
 * in one step when complete ({@code ./marsad reindex} does the same without the web
 * server).</li>
 * <li>Snippets are lists of parts into the text exactly as received, never HTML.</li>
 * <li>Source pseudonyms are searched, faceted and returned only for readers who work with
 * sources ({@link org.marsad.search.Viewer#seesSources()}); internal records only for
 * staff ({@link org.marsad.search.Viewer#seesInternal()}).</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.marsad.search;
