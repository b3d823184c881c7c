package org.marsad.bench.load;

import java.util.Arrays;

/**
 * Every latency of a run, kept whole and sorted at the end, as HdrHistogram would report
 * them but without its bucketing (exact at the sizes a load test reaches).
 * <ul>
 * <li>each request owns one slot, so concurrent clients record without locking; the
 * summary is read after the clients have been joined</li>
 * <li>slots of failed requests stay empty and are left out of the percentiles</li>
 * <li>percentiles use the nearest-rank method: the smallest value with at least p% of the
 * values at or below it (Hyndman and Fan 1996, definition 1; no interpolation, so every
 * percentile is a latency that was actually measured)</li>
 * </ul>
 */
public final class Latencies {

	private static final long EMPTY = -1;

	private static final double HUNDRED = 100.0;

	private final long[] nanos;

	/**
	 * Room for a number of latencies.
	 * @param slots how many
	 */
	public Latencies(int slots) {
		this.nanos = new long[slots];
		Arrays.fill(this.nanos, EMPTY);
	}

	/**
	 * Keeps one latency.
	 * @param slot its slot
	 * @param elapsedNanos the latency
	 */
	public void record(int slot, long elapsedNanos) {
		this.nanos[slot] = elapsedNanos;
	}

	/** The percentiles of what was kept. */
	public LatencySummary summary() {
		long[] sorted = Arrays.stream(this.nanos).filter((value) -> value != EMPTY).sorted().toArray();
		if (sorted.length == 0) {
			return LatencySummary.NONE;
		}
		return new LatencySummary(sorted.length, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
				sorted[sorted.length - 1]);
	}

	/**
	 * The nearest-rank percentile of sorted values.
	 * @param sorted values in ascending order, at least one
	 * @param percent the percentile, above 0 and at most 100
	 * @return the value at rank ceil(percent / 100 × n)
	 */
	public static long percentile(long[] sorted, double percent) {
		if (sorted.length == 0 || percent <= 0 || percent > HUNDRED) {
			throw new IllegalArgumentException(
					"need values and a percentile in (0, 100], had " + sorted.length + " values and " + percent);
		}
		int rank = (int) Math.ceil(percent / HUNDRED * sorted.length);
		return sorted[Math.max(rank, 1) - 1];
	}

}
