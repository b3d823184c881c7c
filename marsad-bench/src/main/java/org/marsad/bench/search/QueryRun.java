package org.marsad.bench.search;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.marsad.bench.generate.SearchQueryMix;
import org.marsad.bench.generate.SearchQueryMix.Kind;
import org.marsad.bench.generate.SearchQueryMix.MixedQuery;
import org.marsad.bench.load.Latencies;
import org.marsad.bench.load.LatencySummary;
import org.marsad.search.Search;
import org.marsad.search.SearchQuery;
import org.marsad.search.SearchResults;
import org.marsad.search.Viewer;
import org.marsad.security.Role;

/**
 * Times queries one after another on one thread, each as the API runs it: parsing, the
 * search, facet counts over every match, and the first page of 20 hits with snippets, for
 * an analyst (who also gets the source facet).
 * <ul>
 * <li>Warm-up queries come from another seed, so the timed ones are not answered from
 * caches the warm-up filled with the same query.</li>
 * <li>Latency is wall-clock time around {@link Search#query}, kept whole: percentiles are
 * nearest-rank over every query ({@link Latencies}). The processor time of the threads a
 * query runs on (this one and the index's search threads) is kept too: on a machine
 * shared with other work it tells what the query cost when wall-clock time tells mostly
 * how busy the machine was.</li>
 * </ul>
 */
final class QueryRun {

	private static final Viewer ANALYST = Viewer.of(Role.ANALYST);

	private static final long WARMUP_SEED_SHIFT = 0x5DEECE66DL;

	private static final String SEARCH_THREADS = "search-";

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private final Search search;

	QueryRun(Search search) {
		this.search = search;
	}

	Result run(int warmup, int count, long seed) {
		SearchQueryMix warming = new SearchQueryMix(seed ^ WARMUP_SEED_SHIFT);
		for (int i = 0; i < warmup; i++) {
			this.search.query(query(warming.query(i)), ANALYST);
		}
		long[] threads = searchingThreads();
		SearchQueryMix mix = new SearchQueryMix(seed);
		Latencies all = new Latencies(count);
		Latencies processor = new Latencies(count);
		Map<Kind, List<Long>> byKind = new EnumMap<>(Kind.class);
		Map<Kind, Long> hits = new EnumMap<>(Kind.class);
		for (int i = 0; i < count; i++) {
			MixedQuery mixed = mix.query(i);
			SearchQuery query = query(mixed);
			long cpu = cpuNanos(threads);
			long start = System.nanoTime();
			SearchResults results = this.search.query(query, ANALYST);
			long elapsed = System.nanoTime() - start;
			all.record(i, elapsed);
			processor.record(i, cpuNanos(threads) - cpu);
			byKind.computeIfAbsent(mixed.kind(), (kind) -> new ArrayList<>()).add(elapsed);
			hits.merge(mixed.kind(), results.total(), Long::sum);
		}
		Map<Kind, LatencySummary> summaries = new EnumMap<>(Kind.class);
		byKind.forEach((kind, latencies) -> {
			Latencies kept = new Latencies(latencies.size());
			for (int i = 0; i < latencies.size(); i++) {
				kept.record(i, latencies.get(i));
			}
			summaries.put(kind, kept.summary());
		});
		Map<Kind, Long> meanHits = new EnumMap<>(Kind.class);
		hits.forEach((kind, total) -> meanHits.put(kind, total / byKind.get(kind).size()));
		return new Result(all.summary(), processor.summary(), summaries, meanHits);
	}

	/**
	 * The threads a query runs on: this one and the index's search threads, which the
	 * warm-up has started.
	 */
	private static long[] searchingThreads() {
		List<Long> ids = new ArrayList<>();
		ids.add(Thread.currentThread().getId());
		for (Thread thread : Thread.getAllStackTraces().keySet()) {
			if (thread.getName().startsWith(SEARCH_THREADS)) {
				ids.add(thread.getId());
			}
		}
		return ids.stream().mapToLong(Long::longValue).toArray();
	}

	/**
	 * The processor time of the threads so far, to the nanosecond where the system
	 * allows.
	 */
	private static long cpuNanos(long[] threads) {
		long total = 0;
		for (long thread : threads) {
			total += Math.max(0, THREADS.getThreadCpuTime(thread));
		}
		return total;
	}

	private static SearchQuery query(MixedQuery mixed) {
		return SearchQuery.of(mixed.text()).between(mixed.from(), mixed.to());
	}

	/**
	 * The latencies of a run.
	 *
	 * @param all over every query
	 * @param processor the processor time per query of the threads it ran on
	 * @param byKind per kind of query
	 * @param meanHits the mean number of matches per kind, to show the queries match
	 */
	record Result(LatencySummary all, LatencySummary processor, Map<Kind, LatencySummary> byKind,
			Map<Kind, Long> meanHits) {
	}

}
