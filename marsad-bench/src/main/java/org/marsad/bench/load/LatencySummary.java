package org.marsad.bench.load;

/**
 * Latency percentiles of the requests that succeeded.
 *
 * @param count how many latencies were measured
 * @param p50Nanos the median
 * @param p95Nanos the 95th percentile
 * @param p99Nanos the 99th percentile
 * @param maxNanos the slowest request
 */
public record LatencySummary(int count, long p50Nanos, long p95Nanos, long p99Nanos, long maxNanos) {

	/** No latency at all. */
	public static final LatencySummary NONE = new LatencySummary(0, 0, 0, 0, 0);

	private static final double NANOS_PER_MILLI = 1_000_000.0;

	/**
	 * Nanoseconds in milliseconds.
	 * @param nanos the nanoseconds
	 * @return the milliseconds
	 */
	public static double millis(long nanos) {
		return nanos / NANOS_PER_MILLI;
	}

}
