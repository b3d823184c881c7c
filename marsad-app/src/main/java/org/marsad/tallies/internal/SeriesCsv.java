package org.marsad.tallies.internal;

import java.math.BigDecimal;
import java.util.List;

import org.marsad.tallies.Estimate;
import org.marsad.tallies.TallyResult.SeriesPoint;

/**
 * The time series as CSV (RFC 4180): one line per period, each count as low, best, high
 * and whether its bounds are exclusive; an open high is an empty field.
 */
final class SeriesCsv {

	static final String HEADER = "start,end,cumulative_low,cumulative_low_exclusive,cumulative_best,cumulative_high,"
			+ "cumulative_high_exclusive,increase_low,increase_low_exclusive,increase_best,increase_high,"
			+ "increase_high_exclusive";

	private SeriesCsv() {
	}

	static String of(List<SeriesPoint> series) {
		StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
		for (SeriesPoint point : series) {
			csv.append(point.start()).append(',').append(point.end());
			append(csv, point.cumulative());
			append(csv, point.increase());
			csv.append("\r\n");
		}
		return csv.toString();
	}

	private static void append(StringBuilder csv, Estimate estimate) {
		csv.append(',')
			.append(text(estimate.low()))
			.append(',')
			.append(estimate.lowExclusive())
			.append(',')
			.append(text(estimate.best()))
			.append(',')
			.append(text(estimate.high()))
			.append(',')
			.append(estimate.highExclusive());
	}

	private static String text(BigDecimal value) {
		return (value != null) ? value.toPlainString() : "";
	}

}
