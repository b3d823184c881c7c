package org.marsad.events;

/**
 * A change to an event.
 *
 * @param version the version the change was made on (required)
 * @param reason why, kept in the history
 * @param event the event's fields as they should become
 */
public record EventEdit(Integer version, String reason, EventFields event) {
}
