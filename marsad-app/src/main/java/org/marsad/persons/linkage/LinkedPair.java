package org.marsad.persons.linkage;

/**
 * Two indexed records scored against each other during deduplication.
 *
 * @param leftId the id of one record
 * @param rightId the id of the other
 * @param weight the sum of the field weights, in bits
 * @param decision what the weight says against the model's thresholds
 */
public record LinkedPair(String leftId, String rightId, double weight, Decision decision) {
}
