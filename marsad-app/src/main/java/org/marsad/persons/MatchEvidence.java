package org.marsad.persons;

/**
 * How one field of two persons compared in record linkage.
 *
 * @param field the field, e.g. {@code given}, {@code birth_year}
 * @param level the level of agreement, e.g. {@code exact}, {@code within_2},
 * {@code missing}
 * @param weight what it added to the pair's weight, in bits (log2 m/u)
 */
public record MatchEvidence(String field, String level, double weight) {
}
