/**
 * Catalogue: the gazetteer of places and the catalogue of actors that extraction, coding,
 * tallies and exports refer to by id (DESIGN, "Places" and "Actors").
 * <ul>
 * <li>Ids are stable and never change: OCHA P-codes where known, the id of the file a
 * place was imported from, or one given by the coordinator who added it.</li>
 * <li>The starter gazetteer and actor catalogue of the text engine are loaded once, into
 * the empty tables, by a database migration (origin {@code starter}).</li>
 * <li>Administrators and coordinators add and edit entries ({@link Places},
 * {@link Actors}) and import gazetteers ({@link GazetteerImports}); every edit names the
 * version it started from, and an edit of a stale version is refused
 * ({@link CatalogueConflict}).</li>
 * <li>{@code place_ancestor} holds, for every place, itself (depth 0) and each of its
 * ancestors present in the catalogue; it is rewritten with every insert, edit and import
 * that changes a parent, so "a place and its sub-places" is one indexed join.</li>
 * <li>Nothing that events refer to is deleted; a place with sub-places is not deleted
 * either.</li>
 * <li>Names are searched as the text engine reads them: folded
 * ({@link org.marsad.text.normalize.ArabicFolding}: hamza and alef forms, teh marbuta,
 * diacritics, tatweel, Arabic-Indic digits) and without the article.</li>
 * <li>Other modules learn of changes through {@link CatalogueChanged}, published in the
 * changing transaction.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalogue")
package org.marsad.catalogue;
