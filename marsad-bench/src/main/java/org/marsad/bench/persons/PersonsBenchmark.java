package org.marsad.bench.persons;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

import org.marsad.persons.linkage.LinkageIndex;
import org.marsad.persons.linkage.LinkageModel;
import org.marsad.persons.linkage.PairingSummary;
import org.marsad.persons.linkage.PersonRecord;

/**
 * {@code ./marsad bench persons}: record linkage of a generated population.
 * <ul>
 * <li>generates N records ({@link PopulationGenerator}) and Q more for the queries;</li>
 * <li>indexes the N, estimates the weights by EM, scores every blocked pair on all
 * threads, and checks the decisions against the truth;</li>
 * <li>matches each of the Q records, one at a time, against the N indexed ("this may be
 * the same person as…") and reports the latency percentiles;</li>
 * <li>baseline, in the same run: the same scoring of every pair without blocking, on a
 * sample of S records, extrapolated to N;</li>
 * <li>peak heap: the sum of the peaks of the heap memory pools.</li>
 * </ul>
 */
public final class PersonsBenchmark {

	private static final String USAGE = """
			bench persons [--records N] [--queries Q] [--sample S] [--threads T] [--seed X] [--names DIR]
			  record linkage of N generated persons' records (default 1,000,000): end-to-end time, pairs
			  scored per second per core, peak heap, precision and recall against the truth, and the
			  latency of matching each of Q new records (default 1,000); baseline: every pair of a sample of
			  S records (default 5,000) scored without blocking. Names from shared/data/names.
			""";

	private static final double NANOS = 1e9;

	private PersonsBenchmark() {
	}

	public static String usage() {
		return USAGE;
	}

	public static int run(String[] args, PrintStream out) throws Exception {
		int records = intOption(args, "--records", 1_000_000);
		int queries = intOption(args, "--queries", 1_000);
		int sample = intOption(args, "--sample", 5_000);
		int threads = intOption(args, "--threads", Runtime.getRuntime().availableProcessors());
		long seed = intOption(args, "--seed", 1);
		String names = option(args, "--names");
		Path folder = (names != null) ? Path.of(names) : SharedNames.find().orElse(null);
		if (folder == null) {
			System.err.println("bench persons: shared/data/names not found; give --names DIR");
			return 2;
		}
		long start = System.nanoTime();
		Population population = PopulationGenerator.generate(NameLists.read(folder), records + queries, seed);
		List<PersonRecord> indexed = population.records().subList(0, records);
		Population truth = new Population(indexed, Arrays.copyOf(population.entities(), records));
		long generated = System.nanoTime();
		out.printf(Locale.ROOT, "generated %,d records (+%,d to query) in %.1f s%n", records, queries,
				(generated - start) / NANOS);
		LinkageIndex index = new LinkageIndex(LinkageModel.defaults());
		index.addAll(indexed);
		long built = System.nanoTime();
		index.useModel(LinkageModel.estimate(index));
		long estimated = System.nanoTime();
		LinkageQuality quality = LinkageQuality.measure(truth, index, threads);
		long scanned = System.nanoTime();
		PairingSummary summary = quality.summary();
		double scanSeconds = (scanned - estimated) / NANOS;
		out.printf(Locale.ROOT, "indexed in %.1f s (%,d blocks), EM in %.1f s, pair scan in %.1f s on %d threads%n",
				(built - generated) / NANOS, index.blockCount(), (estimated - built) / NANOS, scanSeconds, threads);
		out.printf(Locale.ROOT, "end-to-end (index, EM, scan and truth check) %.1f s%n", (scanned - generated) / NANOS);
		out.printf(Locale.ROOT, "pairs scored %,d: %,.0f per second per core (%,d pairs visited in blocks)%n",
				summary.compared(), summary.compared() / scanSeconds / threads, index.pairsInBlocks());
		out.println("quality: " + quality);
		index.model().describe().forEach((line) -> out.println("  " + line));
		new QueryLatency(index, population.records().subList(records, records + queries)).report(out);
		out.printf(Locale.ROOT, "peak heap %.2f GB%n", peakHeap() / 1e9);
		baseline(indexed.subList(0, Math.min(sample, records)), index.model(), threads, records, scanSeconds, out);
		return 0;
	}

	private static void baseline(List<PersonRecord> sample, LinkageModel model, int threads, long records,
			double scanSeconds, PrintStream out) {
		LinkageIndex small = new LinkageIndex(model);
		small.addAll(sample);
		LongAdder ignored = new LongAdder();
		long start = System.nanoTime();
		PairingSummary all = small.pairsWithoutBlocking(threads, (pair) -> ignored.increment());
		double seconds = (System.nanoTime() - start) / NANOS;
		double rate = all.compared() / seconds;
		double allPairs = records * (records - 1) / 2.0;
		double extrapolated = allPairs / rate;
		out.printf(Locale.ROOT,
				"baseline without blocking: %,d pairs of %,d records in %.1f s (%,.0f per second per core); "
						+ "all %,.0f pairs of %,d records would take %,.0f s, %.0f times the blocked scan%n",
				all.compared(), sample.size(), seconds, rate / threads, allPairs, records, extrapolated,
				extrapolated / scanSeconds);
	}

	private static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

	private static String option(String[] args, String name) {
		for (int i = 0; i + 1 < args.length; i++) {
			if (args[i].equals(name)) {
				return args[i + 1];
			}
		}
		return null;
	}

	private static int intOption(String[] args, String name, int fallback) {
		String value = option(args, name);
		return (value != null) ? Integer.parseInt(value.replace("_", "").replace(",", "")) : fallback;
	}

}
