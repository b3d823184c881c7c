/**
 * Search: full-text search over reports, events and persons in one index, behind one
 * interface ({@link org.marsad.search.Search}) so that an OpenSearch cluster can replace
 * the embedded Lucene index (DESIGN, "Runtime").
 * <ul>
 * <li>Every document has a kind ({@link org.marsad.search.RecordKind}). Reports and
 * events are indexed by this module after the transaction that stored or changed them
 * commits, from the events their modules publish
 * ({@link org.marsad.intake.ReportReceived}, {@link org.marsad.events.ReportCoded},
 * {@link org.marsad.events.EventRecorded}, {@link org.marsad.events.EventChanged},
 * {@link org.marsad.events.FigureChanged}); a catalogue change
 * ({@link org.marsad.catalogue.CatalogueChanged}) indexes again the events that name the
 * changed places (or places within them) and actors. Other modules (persons) index their
 * records by calling {@link org.marsad.search.Search#index} and
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
