package org.marsad.events;

/**
 * Voiding a record.
 *
 * @param version the version seen (events and figures; claims have none)
 * @param reason why (required)
 */
public record Voiding(Integer version, String reason) {
}
