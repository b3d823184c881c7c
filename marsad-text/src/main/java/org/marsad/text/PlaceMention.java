package org.marsad.text;

/**
 * A place named in a text.
 *
 * @param start start of the span
 * @param end exclusive end of the span
 * @param text the original slice
 * @param place the gazetteer entry it resolves to
 */
public record PlaceMention(int start, int end, String text, Place place) {
}
