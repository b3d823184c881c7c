package org.marsad.bench.persons;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.marsad.persons.linkage.LinkageIndex;
import org.marsad.persons.linkage.PersonRecord;

/**
 * Times {@link LinkageIndex#candidates} for records that are not indexed, one at a time,
 * after a warm-up on the first tenth of them.
 */
final class QueryLatency {

	private static final double MILLIS = 1e6;

	private final LinkageIndex index;

	private final List<PersonRecord> queries;

	QueryLatency(LinkageIndex index, List<PersonRecord> queries) {
		this.index = index;
		this.queries = queries;
	}

	void report(PrintStream out) {
		int warmUp = this.queries.size() / 10;
		for (PersonRecord query : this.queries.subList(0, warmUp)) {
			this.index.candidates(query);
		}
		long[] nanos = new long[this.queries.size() - warmUp];
		long found = 0;
		for (int i = 0; i < nanos.length; i++) {
			long start = System.nanoTime();
			found += this.index.candidates(this.queries.get(warmUp + i)).size();
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		out.printf(Locale.ROOT,
				"match one new record against %,d: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms "
						+ "(%,d queries, %.1f candidates each)%n",
				this.index.size(), at(nanos, 0.50), at(nanos, 0.95), at(nanos, 0.99), nanos[nanos.length - 1] / MILLIS,
				nanos.length, (double) found / nanos.length);
	}

	private static double at(long[] sorted, double quantile) {
		return sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] / MILLIS;
	}

}
