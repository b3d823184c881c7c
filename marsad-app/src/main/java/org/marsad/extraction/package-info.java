/**
 * Extraction: the draft that the text engine proposes for a report, read with the
 * catalogue that the database holds (DESIGN, "The flow of data", step 2).
 * <ul>
 * <li>{@link org.marsad.extraction.Drafts} runs {@link org.marsad.text.Extractor} over a
 * report's current text, resolving relative dates against its publication date (the day
 * it was received, in UTC, when it has none), or over text that is not saved yet.</li>
 * <li>The extractor is built from the places and actors of the catalogue, not only from
 * the starter files: once at start (in the background) and again after every
 * {@link org.marsad.catalogue.CatalogueChanged} has committed. Changes made by another
 * process sharing the database (an import run from the command line) are noticed by the
 * catalogue's revision, checked at most every few seconds.</li>
 * <li>A draft asked for while the extractor is out of date waits for the new one, so a
 * place a coordinator has just added is found in the next draft. Drafting is safe from
 * any number of threads; building is done by one at a time.</li>
 * <li>Drafts are not stored: the coding page shows one, and what a documenter accepts is
 * saved as events and figures.</li>
 * <li>{@code GET /api/reports/{id}/draft} returns the JSON of the extraction contract
 * (DESIGN, "The extraction contract"; {@code docs/EXTRACTION.md}), with the report
 * version drafted in the {@code Marsad-Report-Version} header and the server's time in
 * {@code Server-Timing}. {@code POST /api/drafts} drafts a text that is not saved.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Extraction")
package org.marsad.extraction;
