/**
 * Search: full-text search over reports, behind one interface
 * ({@link org.marsad.search.Search}) so that an OpenSearch cluster can replace the
 * embedded Lucene index (DESIGN, "Runtime").
 * <ul>
 * <li>Reports are indexed as they are stored, after the storing transaction commits
 * ({@link org.marsad.intake.ReportReceived}).</li>
 * <li>The database is the system of record: the index can always be rebuilt from it. At
 * start the index is checked against the database and rebuilt in the background when it
 * is missing or behind.</li>
 * <li>Snippets are lists of parts into the text exactly as received, never HTML.</li>
 * <li>Source pseudonyms are searched, faceted and returned only for readers who work with
 * sources ({@link org.marsad.search.Viewer#seesSources()}).</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.marsad.search;
