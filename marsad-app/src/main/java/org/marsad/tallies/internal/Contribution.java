package org.marsad.tallies.internal;

import java.math.BigDecimal;

import org.marsad.tallies.Estimate;

/**
 * What a set of figures adds to a count, kept as exact sums so that sets can be added and
 * taken away again without losing anything (DESIGN, "Figure qualifiers").
 * <ul>
 * <li>lows add; a figure without a low (about, less than, at most) adds 0, since counts
 * are never negative</li>
 * <li>highs add; one figure without a high (about, more than, at least) leaves the sum
 * open</li>
 * <li>bests add; a figure without a best (a vague «مئات») adds its low: the number the
 * monitor can stand behind</li>
 * <li>one exclusive bound (more than, less than) makes the sum's bound exclusive</li>
 * </ul>
 *
 * @param count how many figures
 * @param low the sum of lows
 * @param best the sum of bests
 * @param high the sum of the highs that are known
 * @param openHighs how many figures have no high
 * @param lowExclusives how many figures have an exclusive low
 * @param highExclusives how many figures have an exclusive high
 */
record Contribution(long count, BigDecimal low, BigDecimal best, BigDecimal high, long openHighs, long lowExclusives,
		long highExclusives) {

	static final Contribution NONE = new Contribution(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, 0);

	private static final String MORE_THAN = "more_than";

	private static final String LESS_THAN = "less_than";

	/**
	 * One figure's contribution.
	 * @param qualifier how it was stated, or {@code null}
	 * @param low its low, or {@code null}
	 * @param best its best, or {@code null}
	 * @param high its high, or {@code null}
	 * @return the contribution
	 */
	static Contribution of(String qualifier, BigDecimal low, BigDecimal best, BigDecimal high) {
		BigDecimal lowOrZero = (low != null) ? low : BigDecimal.ZERO;
		BigDecimal bestOrLow = (best != null) ? best : lowOrZero;
		return new Contribution(1, lowOrZero, bestOrLow, (high != null) ? high : BigDecimal.ZERO,
				(high != null) ? 0 : 1, (low != null && MORE_THAN.equals(qualifier)) ? 1 : 0,
				(high != null && LESS_THAN.equals(qualifier)) ? 1 : 0);
	}

	Contribution plus(Contribution other) {
		return new Contribution(this.count + other.count, this.low.add(other.low), this.best.add(other.best),
				this.high.add(other.high), this.openHighs + other.openHighs, this.lowExclusives + other.lowExclusives,
				this.highExclusives + other.highExclusives);
	}

	/** Takes away a subset of the figures summed here. */
	Contribution minus(Contribution subset) {
		return new Contribution(this.count - subset.count, this.low.subtract(subset.low),
				this.best.subtract(subset.best), this.high.subtract(subset.high), this.openHighs - subset.openHighs,
				this.lowExclusives - subset.lowExclusives, this.highExclusives - subset.highExclusives);
	}

	/** The count these figures give. */
	Estimate estimate() {
		BigDecimal sumHigh = (this.openHighs > 0) ? null : this.high;
		return Estimates.of(this.low, this.best, sumHigh, this.lowExclusives > 0,
				sumHigh != null && this.highExclusives > 0);
	}

}
