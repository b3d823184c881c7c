package org.marsad.bench.draft;

import java.util.Arrays;
import java.util.Locale;

/**
 * Timings in milliseconds, summarised by exact nearest-rank percentiles.
 *
 * @param millis the timings, in the order taken
 */
record Samples(double[] millis) {

	private static final double HUNDRED = 100.0;

	double median() {
		return percentile(50);
	}

	double p95() {
		return percentile(95);
	}

	double max() {
		return Arrays.stream(this.millis).max().orElse(Double.NaN);
	}

	/**
	 * The nearest-rank percentile.
	 * @param percent from 1 to 100
	 * @return the timing, or NaN without timings
	 */
	double percentile(int percent) {
		if (this.millis.length == 0) {
			return Double.NaN;
		}
		double[] sorted = this.millis.clone();
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(percent / HUNDRED * sorted.length);
		return sorted[Math.max(0, rank - 1)];
	}

	/** Median, p95 and maximum, for a table row. */
	String row() {
		return String.format(Locale.ROOT, "%10.3f %10.3f %10.3f", median(), p95(), max());
	}

}
