package org.marsad.events;

import java.util.List;

/**
 * A recorded event that the coded report speaks of: the report becomes one of its
 * sources, may add figures to it and claims to its figures (another report's value for
 * the same figure).
 *
 * @param eventId the event (required)
 * @param span the passage of the report about the event, if marked
 * @param figures new figures of the event
 * @param claims claims for figures the event has
 */
public record EventLink(String eventId, Span span, List<CodedFigure> figures, List<FigureClaim> claims) {
}
