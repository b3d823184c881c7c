package org.marsad.tallies.internal;

import java.math.BigDecimal;

import org.marsad.tallies.Estimate;

/**
 * Interval arithmetic on counts.
 * <ul>
 * <li>a sum: lows add, bests add, highs add, an open high stays open, an exclusive bound
 * stays exclusive</li>
 * <li>a difference {@code a − b} (what one count holds beyond another it contains): low
 * {@code a.low − b.high}, high {@code a.high − b.low}, never below 0; an open
 * {@code b.high} leaves the low at 0, an open {@code a.high} leaves the high open</li>
 * <li>the best estimate always lies between low and high</li>
 * </ul>
 */
final class Estimates {

	private Estimates() {
	}

	static Estimate of(BigDecimal low, BigDecimal best, BigDecimal high, boolean lowExclusive, boolean highExclusive) {
		BigDecimal clamped = best.max(low);
		if (high != null) {
			clamped = clamped.min(high);
		}
		return new Estimate(plain(low), plain(clamped), plain(high), lowExclusive, highExclusive);
	}

	/**
	 * A number without trailing zeros and never in exponent form: 36250.0000 becomes
	 * 36250.
	 * @param value the number, or {@code null}
	 * @return the same number, or {@code null}
	 */
	static BigDecimal plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	static Estimate sum(Estimate a, Estimate b) {
		BigDecimal high = (a.high() != null && b.high() != null) ? a.high().add(b.high()) : null;
		return of(a.low().add(b.low()), a.best().add(b.best()), high, a.lowExclusive() || b.lowExclusive(),
				high != null && (a.highExclusive() || b.highExclusive()));
	}

	static Estimate difference(Estimate a, Estimate b) {
		BigDecimal low = BigDecimal.ZERO;
		boolean lowExclusive = false;
		if (b.high() != null && a.low().compareTo(b.high()) > 0) {
			low = a.low().subtract(b.high());
			lowExclusive = a.lowExclusive() || b.highExclusive();
		}
		BigDecimal high = null;
		boolean highExclusive = false;
		if (a.high() != null) {
			high = a.high().subtract(b.low()).max(BigDecimal.ZERO);
			highExclusive = high.signum() > 0 && (a.highExclusive() || b.lowExclusive());
		}
		BigDecimal best = a.best().subtract(b.best()).max(BigDecimal.ZERO);
		if (high != null && low.compareTo(high) > 0) {
			low = high;
			lowExclusive = false;
		}
		return of(low, best, high, lowExclusive, highExclusive);
	}

}
