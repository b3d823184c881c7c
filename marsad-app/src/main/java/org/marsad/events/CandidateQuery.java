package org.marsad.events;

/**
 * An event draft to find recorded events for.
 *
 * @param reportId the report the draft comes from, if any: events it already supports are
 * marked
 * @param event the draft; type and dates are required, the place and actors improve the
 * ranking
 */
public record CandidateQuery(String reportId, EventFields event) {
}
