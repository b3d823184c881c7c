package org.marsad.persons;

/**
 * Voiding a person: it stays in the record, marked void with the reason.
 *
 * @param version the version seen
 * @param reason why (required)
 */
public record Voiding(Integer version, String reason) {
}
