package org.marsad.events;

/**
 * A coordinator's decision on the verification status of an event.
 *
 * @param version the version the decision was made on (required)
 * @param status {@code single_source}, {@code fair}, {@code confirmed}, {@code contested}
 * or {@code discounted}
 * @param reason why (required)
 */
public record StatusDecision(Integer version, String status, String reason) {
}
