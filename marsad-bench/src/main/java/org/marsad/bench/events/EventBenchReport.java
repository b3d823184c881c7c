package org.marsad.bench.events;

import java.io.PrintStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.marsad.bench.load.LatencySummary;

/**
 * Prints the results of the event-list benchmark: each run's percentiles in milliseconds
 * with the ratio of each scenario's p95 to the baseline's p95 in the same run, then the
 * medians over the runs (of each percentile and of each ratio).
 */
final class EventBenchReport {

	private EventBenchReport() {
	}

	static void run(int run, Instant at, Map<String, LatencySummary> results, PrintStream out) {
		out.println();
		out.println("run " + run + " (" + at + "), milliseconds, " + results.values().iterator().next().count()
				+ " requests per scenario");
		out.println("| scenario | p50 | p95 | p99 | max | p95 / baseline p95 |");
		out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
		long baseline = results.get(ListScenario.BASELINE).p95Nanos();
		results.forEach((name,
				summary) -> out.println("| " + name + " | " + ms(summary.p50Nanos()) + " | " + ms(summary.p95Nanos())
						+ " | " + ms(summary.p99Nanos()) + " | " + ms(summary.maxNanos()) + " | "
						+ String.format(Locale.ROOT, "%.2f", (double) summary.p95Nanos() / baseline) + " |"));
	}

	static void medians(List<Map<String, LatencySummary>> runs, PrintStream out) {
		out.println();
		out.println("median of " + runs.size() + " runs, milliseconds");
		out.println("| scenario | p50 | p95 | p99 | max | p95 / baseline p95 |");
		out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
		for (String name : runs.get(0).keySet()) {
			double[] ratios = runs.stream()
				.mapToDouble((run) -> (double) run.get(name).p95Nanos() / run.get(ListScenario.BASELINE).p95Nanos())
				.toArray();
			out.println("| " + name + " | " + ms(median(runs, name, LatencySummary::p50Nanos)) + " | "
					+ ms(median(runs, name, LatencySummary::p95Nanos)) + " | "
					+ ms(median(runs, name, LatencySummary::p99Nanos)) + " | "
					+ ms(median(runs, name, LatencySummary::maxNanos)) + " | "
					+ String.format(Locale.ROOT, "%.2f", median(ratios)) + " |");
		}
	}

	private static long median(List<Map<String, LatencySummary>> runs, String name,
			java.util.function.ToLongFunction<LatencySummary> value) {
		long[] values = runs.stream().mapToLong((run) -> value.applyAsLong(run.get(name))).sorted().toArray();
		return values[(values.length - 1) / 2];
	}

	/** The median; for an even count, the lower of the two middle values. */
	static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[(sorted.length - 1) / 2];
	}

	private static String ms(long nanos) {
		return String.format(Locale.ROOT, "%.1f", LatencySummary.millis(nanos));
	}

}
