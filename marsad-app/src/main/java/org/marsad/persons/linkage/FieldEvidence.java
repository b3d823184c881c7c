package org.marsad.persons.linkage;

/**
 * How one field of two records compared, and what it added to the pair's weight.
 *
 * @param field the compared field
 * @param level the level of agreement, one of {@link ComparisonField#levels()}
 * ({@code missing} when either record lacks the field)
 * @param weight the field's weight in bits: log2 of m/u for the level, 0 when missing
 */
public record FieldEvidence(ComparisonField field, String level, double weight) {
}
