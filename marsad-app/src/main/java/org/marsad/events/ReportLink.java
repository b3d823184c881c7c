package org.marsad.events;

/**
 * A report to link to an event as one of its sources.
 *
 * @param reportId the report (required)
 * @param reportVersion the version of its text the span refers to; the latest when empty
 * @param span the passage about the event, if marked
 */
public record ReportLink(String reportId, Integer reportVersion, Span span) {
}
