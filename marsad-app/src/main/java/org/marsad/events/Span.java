package org.marsad.events;

/**
 * A passage of a report's text: Java {@code String} indices (UTF-16 code units), end
 * exclusive, as the extraction contract gives them.
 *
 * @param start the first index
 * @param end the index after the last
 */
public record Span(Integer start, Integer end) {
}
