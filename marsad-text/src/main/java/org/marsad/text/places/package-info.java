/**
 * Places: the gazetteer, its importers and the recogniser that finds places in report
 * text.
 *
 * <ul>
 * <li>{@link org.marsad.text.places.Gazetteer} holds places with stable ids (OCHA P-codes
 * where known); {@code Gazetteer.starter()} is the team's own starter list</li>
 * <li>importers read full gazetteers: {@link org.marsad.text.places.OpenSyriaFormat},
 * {@link org.marsad.text.places.OchaCodCsvFormat},
 * {@link org.marsad.text.places.GeoNamesFormat} and
 * {@link org.marsad.text.places.SyrianArchiveFormat}</li>
 * <li>{@link org.marsad.text.places.PlaceRecognizer} matches names on the folded text
 * with a {@link org.marsad.text.places.NameIndex} and resolves namesakes</li>
 * </ul>
 */
package org.marsad.text.places;
