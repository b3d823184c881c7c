package org.marsad.text.vocabulary;

import java.math.BigDecimal;

/**
 * A low/best/high triple; any part may be {@code null} (unknown or open).
 *
 * @param low the low bound
 * @param best the best estimate
 * @param high the high bound
 */
public record Interval(BigDecimal low, BigDecimal best, BigDecimal high) {

	/**
	 * An exact value.
	 * @param n the value
	 * @return the interval n–n–n
	 */
	public static Interval exactly(long n) {
		BigDecimal v = BigDecimal.valueOf(n);
		return new Interval(v, v, v);
	}

}
