package org.marsad.events;

import java.util.List;

/**
 * A new event coded from a report.
 *
 * @param event the event's fields (not after the report's date)
 * @param span the passage of the report about the event, if marked
 * @param figures its figures, each with the report's claim
 */
public record CodedEvent(EventFields event, Span span, List<CodedFigure> figures) {
}
