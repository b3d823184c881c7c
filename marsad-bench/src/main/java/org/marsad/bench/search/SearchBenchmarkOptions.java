package org.marsad.bench.search;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The options of {@code bench search}.
 *
 * @param reports how many reports to index
 * @param rounds how many times each analysis indexes them, in the order ABBA
 * @param queries how many queries to time
 * @param warmup how many queries to run before timing
 * @param seed the seed of the report and query generators
 * @param folder where the indexes are written, or {@code null} for a new temporary folder
 * @param keep whether to keep the indexes afterwards
 */
record SearchBenchmarkOptions(int reports, int rounds, int queries, int warmup, long seed, Path folder, boolean keep) {

	static final String USAGE = """
			bench search [options]  index generated reports with Marsad's analyzers and with Lucene's
			                        StandardAnalyzer, then time mixed queries with facets
			  --reports N            reports to index (default 200000)
			  --rounds N             indexings per analysis, alternating StandardAnalyzer and Marsad's as
			                         S M M S ... (default 2)
			  --queries N            queries to time (default 1000)
			  --warmup N             queries run before timing (default 200)
			  --seed N               seed of the generators (default 20190123)
			  --folder DIR           where to write the indexes (default a new temporary folder)
			  --keep                 keep the indexes afterwards
			""";

	private static final List<String> NAMES = List.of("--reports", "--rounds", "--queries", "--warmup", "--seed",
			"--folder");

	private static final String KEEP = "--keep";

	/**
	 * Reads the options.
	 * @param args the arguments after {@code search}
	 * @return the options, with defaults for what was not given
	 * @throws IllegalArgumentException for an unknown option, a missing value or a value
	 * out of range
	 */
	static SearchBenchmarkOptions parse(String[] args) {
		Map<String, String> given = new HashMap<>();
		for (int i = 0; i < args.length; i++) {
			if (NAMES.contains(args[i])) {
				if (i + 1 >= args.length) {
					throw new IllegalArgumentException(args[i] + " needs a value");
				}
				given.put(args[i], args[++i]);
			}
			else if (KEEP.equals(args[i])) {
				given.put(KEEP, "");
			}
			else {
				throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		String folder = given.get("--folder");
		return new SearchBenchmarkOptions(number(given, "--reports", 200_000, 1), number(given, "--rounds", 2, 1),
				number(given, "--queries", 1000, 1), number(given, "--warmup", 200, 0),
				number(given, "--seed", 20190123, Integer.MIN_VALUE), (folder != null) ? Path.of(folder) : null,
				given.containsKey(KEEP));
	}

	private static int number(Map<String, String> given, String name, int fallback, int least) {
		String value = given.get(name);
		if (value == null) {
			return fallback;
		}
		int number;
		try {
			number = Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(name + " needs a whole number, was " + value, ex);
		}
		if (number < least) {
			throw new IllegalArgumentException(name + " must be at least " + least + ", was " + value);
		}
		return number;
	}

}
