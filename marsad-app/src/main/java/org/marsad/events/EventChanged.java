package org.marsad.events;

import java.util.UUID;

/**
 * Published once an event changed: edited, voided, linked to a report, or its status set.
 *
 * @param eventId the event
 * @param version its version after the change
 * @param action {@code updated}, {@code voided}, {@code linked} or {@code status}
 */
public record EventChanged(UUID eventId, int version, String action) {
}
