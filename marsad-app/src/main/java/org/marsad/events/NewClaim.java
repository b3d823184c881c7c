package org.marsad.events;

/**
 * A report's statement of a figure's value, before it is checked. The quote is taken from
 * the report's text at the span, and the grades from its source.
 *
 * @param reportId the report (required)
 * @param reportVersion the version of its text the span refers to; the latest when empty
 * @param span where the report states it (required)
 * @param value the value as stated (required)
 */
public record NewClaim(String reportId, Integer reportVersion, Span span, StatedValue value) {
}
