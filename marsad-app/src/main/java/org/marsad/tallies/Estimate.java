package org.marsad.tallies;

import java.math.BigDecimal;

/**
 * A count as an interval: low, best and high, each bound inclusive unless marked
 * exclusive, the high open ({@code null}) when nothing bounds it. Counts are never
 * negative, so the low is always known (at least 0).
 *
 * @param low the low bound, never {@code null}
 * @param best the best estimate, between low and high
 * @param high the high bound, {@code null} when open
 * @param lowExclusive whether the count is strictly above {@code low} («أكثر من»)
 * @param highExclusive whether the count is strictly below {@code high} («أقل من»)
 */
public record Estimate(BigDecimal low, BigDecimal best, BigDecimal high, boolean lowExclusive, boolean highExclusive) {

	/** Nothing counted: exactly 0. */
	public static final Estimate ZERO = exactly(BigDecimal.ZERO);

	/**
	 * An exact count.
	 * @param n the count
	 * @return n–n–n
	 */
	public static Estimate exactly(BigDecimal n) {
		return new Estimate(n, n, n, false, false);
	}

	/** Whether low, best and high are one and the same number. */
	public boolean exact() {
		return this.high != null && !this.lowExclusive && !this.highExclusive && this.low.compareTo(this.high) == 0;
	}

	/** Whether nothing bounds the count from above. */
	public boolean open() {
		return this.high == null;
	}

	/**
	 * Whether this count is certainly larger than another: its smallest possible value
	 * exceeds the other's largest.
	 * @param other the other count
	 * @return {@code true} when the two cannot be equal and this one is larger
	 */
	public boolean certainlyAbove(Estimate other) {
		if (other.high == null) {
			return false;
		}
		int compared = this.low.compareTo(other.high);
		return compared > 0 || (compared == 0 && (this.lowExclusive || other.highExclusive));
	}

}
