package org.marsad.events;

/**
 * A claim coded from the report being coded: the span of its text and the value as
 * stated.
 *
 * @param span where the report states it (required)
 * @param value the value as stated (required)
 */
public record CodedClaim(Span span, StatedValue value) {
}
