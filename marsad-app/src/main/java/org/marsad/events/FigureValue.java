package org.marsad.events;

import java.math.BigDecimal;

import org.marsad.text.vocabulary.Qualifier;

/**
 * A value as stated: the qualifier and the interval it gives (DESIGN, "Figure
 * qualifiers"). Any bound may be {@code null} (open or unknown).
 *
 * @param qualifier how the number was stated
 * @param low the low bound (exclusive for {@code more_than})
 * @param best the best estimate ({@code null} for vague quantities)
 * @param high the high bound (exclusive for {@code less_than})
 */
public record FigureValue(Qualifier qualifier, BigDecimal low, BigDecimal best, BigDecimal high) {

	/**
	 * The number that ranks a value as higher or lower: the best estimate, else the high
	 * bound, else the low bound.
	 * @return the number, or {@code null} when the value has none
	 */
	public BigDecimal magnitude() {
		if (this.best != null) {
			return this.best;
		}
		return (this.high != null) ? this.high : this.low;
	}

}
