package org.marsad.bench.search;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.marsad.bench.load.LatencySummary;
import org.marsad.bench.search.IndexingRun.Analysis;
import org.marsad.bench.search.IndexingRun.Result;
import org.marsad.search.ReportDocument;
import org.marsad.search.internal.LuceneSearch;

/**
 * {@code bench search}: what Marsad's Arabic analysis costs at indexing, against Lucene's
 * {@link org.apache.lucene.analysis.standard.StandardAnalyzer} on the same documents in
 * the same run, and how fast queries with facets answer on the index it builds.
 * <ol>
 * <li>Generate the reports ({@link ReportCorpus}) and keep them in memory.</li>
 * <li>Warm up: index a tenth of them (at least 1,000) with each analysis, untimed.</li>
 * <li>Analysis alone: run every text through each analysis, consuming the tokens.</li>
 * <li>Index all of them with StandardAnalyzer and with Marsad's analyzers, each into a
 * new folder ({@link IndexingRun}), in rounds ordered S M, M S, … so that drift in the
 * machine's load falls on both alike; the ratio is StandardAnalyzer's throughput over
 * Marsad's over all rounds (goal: at most 1.3), in wall-clock and in processor time of
 * the process (less disturbed by other work on a shared machine).</li>
 * <li>Time the queries on Marsad's index ({@link QueryRun}; goal: p95 under 50 ms).</li>
 * </ol>
 */
public final class SearchBenchmark {

	static final double RATIO_GOAL = 1.3;

	static final double P95_GOAL_MILLIS = 50;

	private static final double MEGABYTE = 1024.0 * 1024.0;

	private static final int WARMUP_SHARE = 10;

	private static final int LEAST_WARMUP = 1000;

	private final PrintStream out;

	private final SearchBenchmarkOptions options;

	SearchBenchmark(PrintStream out, SearchBenchmarkOptions options) {
		this.out = out;
		this.options = options;
	}

	/** The usage of {@code bench search}. */
	public static String usage() {
		return SearchBenchmarkOptions.USAGE;
	}

	/**
	 * Runs the benchmark.
	 * @param args the arguments after {@code search}
	 * @param out where the results go
	 * @return 0 when it ran, 2 for bad options
	 */
	public static int run(String[] args, PrintStream out) throws IOException {
		SearchBenchmarkOptions options;
		try {
			options = SearchBenchmarkOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			out.println("bench search: " + ex.getMessage());
			out.println(usage());
			return 2;
		}
		new SearchBenchmark(out, options).run();
		return 0;
	}

	void run() throws IOException {
		Path folder = (this.options.folder() != null) ? Files.createDirectories(this.options.folder())
				: Files.createTempDirectory("marsad-search-bench-");
		try {
			measure(folder);
		}
		finally {
			if (!this.options.keep()) {
				delete(folder);
			}
		}
	}

	private void measure(Path folder) throws IOException {
		long generating = System.nanoTime();
		ReportCorpus corpus = ReportCorpus.generate(this.options.reports(), this.options.seed());
		this.out.printf(Locale.ROOT,
				"Search benchmark: %,d reports, %.1f MB of UTF-8 text (%.0f bytes each), "
						+ "generated in %.1f s; seed %d%n",
				corpus.size(), corpus.bytes() / MEGABYTE, (double) corpus.bytes() / corpus.size(),
				(System.nanoTime() - generating) / 1e9, this.options.seed());
		this.out.printf(Locale.ROOT, "JVM %s, %d processors, max heap %.0f MB; indexes in %s%n",
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() / MEGABYTE, folder);
		IndexingRun standard = IndexingRun.standard();
		IndexingRun marsad = IndexingRun.marsad();
		warmUp(folder, corpus, standard, marsad);
		analysis(corpus, standard, marsad);
		Result baseline = null;
		Result ours = null;
		for (int round = 0; round < this.options.rounds(); round++) {
			boolean standardFirst = round % 2 == 0;
			for (IndexingRun run : standardFirst ? List.of(standard, marsad) : List.of(marsad, standard)) {
				Path into = folder.resolve(run == marsad ? "marsad" : "standard");
				delete(into);
				Result result = run.index(corpus.reports(), Files.createDirectories(into));
				print(result, corpus, round + 1);
				if (run == marsad) {
					ours = (ours != null) ? ours.and(result) : result;
				}
				else {
					baseline = (baseline != null) ? baseline.and(result) : result;
				}
			}
		}
		this.out.printf(Locale.ROOT,
				"  ratio (StandardAnalyzer throughput / Marsad throughput, all rounds): %.2f wall-clock, %.2f "
						+ "processor time  (goal <= %.1f)%n",
				baseline.perSecond() / ours.perSecond(), baseline.perCpuSecond() / ours.perCpuSecond(), RATIO_GOAL);
		try (LuceneSearch search = new LuceneSearch(folder.resolve("marsad"))) {
			QueryRun.Result queries = new QueryRun(search).run(this.options.warmup(), this.options.queries(),
					this.options.seed());
			print(queries);
		}
	}

	private void warmUp(Path folder, ReportCorpus corpus, IndexingRun... runs) throws IOException {
		int count = Math.min(corpus.size(), Math.max(LEAST_WARMUP, corpus.size() / WARMUP_SHARE));
		List<ReportDocument> some = corpus.reports().subList(0, count);
		for (IndexingRun run : runs) {
			Path warm = Files.createDirectory(folder.resolve("warm-up-" + run.prose().getClass().getSimpleName()));
			run.index(some, warm);
			run.analyse(some);
			delete(warm);
		}
		this.out.printf(Locale.ROOT, "Warm-up: %,d reports indexed and analysed with each analysis%n", count);
	}

	private void analysis(ReportCorpus corpus, IndexingRun standard, IndexingRun marsad) {
		Analysis baseline = standard.analyse(corpus.reports());
		Analysis ours = marsad.analyse(corpus.reports());
		this.out.println("Analysis alone (text and text.names of every report, tokens consumed):");
		for (Object[] row : new Object[][] { { standard.name(), baseline }, { marsad.name(), ours } }) {
			Analysis analysis = (Analysis) row[1];
			this.out.printf(Locale.ROOT, "  %-18s %8.1f s  %6.1f MB/s  %,d tokens%n", row[0], analysis.nanos() / 1e9,
					corpus.bytes() / MEGABYTE / (analysis.nanos() / 1e9), analysis.tokens());
		}
		this.out.printf(Locale.ROOT, "  ratio (StandardAnalyzer / Marsad): %.2f%n",
				(double) ours.nanos() / baseline.nanos());
		this.out.println("Indexing (one thread, rebuild from opening to closed writer):");
	}

	private void print(Result result, ReportCorpus corpus, int round) {
		double seconds = result.nanos() / 1e9;
		this.out.printf(Locale.ROOT,
				"  round %d  %-18s %,d reports in %.1f s  %,.0f reports/s  %.1f MB/s  processor %.1f s  "
						+ "%,.0f reports/CPU-s  index %.0f MB%n",
				round, result.name(), result.documents(), seconds, result.perSecond(),
				corpus.bytes() / MEGABYTE / seconds, result.cpuNanos() / 1e9, result.perCpuSecond(),
				result.indexBytes() / MEGABYTE);
	}

	private void print(QueryRun.Result result) {
		this.out.printf(Locale.ROOT,
				"Queries (%,d mixed, one client, each on up to %d threads, facet counts and a page of 20 with "
						+ "snippets, as an analyst; %,d warm-up):%n",
				this.options.queries(), Runtime.getRuntime().availableProcessors(), this.options.warmup());
		this.out
			.println("  " + line(result.all()) + String.format(Locale.ROOT, "  (goal p95 < %.0f ms)", P95_GOAL_MILLIS));
		this.out.println("  processor time per query, every thread: " + line(result.processor()));
		result.byKind()
			.forEach((kind, summary) -> this.out.printf(Locale.ROOT, "  %-7s %s  mean matches %,d%n",
					kind.name().toLowerCase(Locale.ROOT), line(summary), result.meanHits().get(kind)));
	}

	private static String line(LatencySummary summary) {
		return String.format(Locale.ROOT, "p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms",
				LatencySummary.millis(summary.p50Nanos()), LatencySummary.millis(summary.p95Nanos()),
				LatencySummary.millis(summary.p99Nanos()), LatencySummary.millis(summary.maxNanos()));
	}

	private static void delete(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
