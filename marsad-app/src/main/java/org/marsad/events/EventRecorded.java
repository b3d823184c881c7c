package org.marsad.events;

import java.util.UUID;

/**
 * Published once a new event is stored.
 *
 * @param eventId the event
 * @param reportId the report it was coded from, or {@code null}
 */
public record EventRecorded(UUID eventId, UUID reportId) {
}
