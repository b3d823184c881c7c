package org.marsad.events;

import java.math.BigDecimal;

/**
 * A value as a report states it, before it is checked.
 * <ul>
 * <li>{@code qualifier} is required: {@code exact}, {@code about}, {@code more_than},
 * {@code at_least}, {@code less_than}, {@code at_most} or {@code vague}</li>
 * <li>with only {@code best} given, the bounds follow from the qualifier (DESIGN, "Figure
 * qualifiers"): {@code more_than 6000} gives low 6000, best 6000, no high</li>
 * <li>{@code vague} needs {@code low} and {@code high} (عشرات: 20 and 99)</li>
 * <li>numbers are not negative, and low ≤ best ≤ high</li>
 * </ul>
 *
 * @param qualifier how the number was stated
 * @param low the low bound
 * @param best the best estimate
 * @param high the high bound
 */
public record StatedValue(String qualifier, BigDecimal low, BigDecimal best, BigDecimal high) {
}
