package org.marsad.bench;

import java.util.Arrays;

import org.marsad.bench.draft.DraftBenchmark;
import org.marsad.bench.events.EventListBenchmark;
import org.marsad.bench.imports.ImportBenchmark;
import org.marsad.bench.load.ReportLoadTest;
import org.marsad.bench.persons.PersonsBenchmark;
import org.marsad.bench.tallies.TallyBenchmark;
import org.marsad.bench.search.SearchBenchmark;
import org.openjdk.jmh.Main;

/**
 * The command behind {@code ./marsad bench}: the load test, or JMH for the
 * micro-benchmarks.
 * <ul>
 * <li>{@code load [options]} runs the intake load test against a started or a running
 * application</li>
 * <li>{@code draft [options]} times the extraction draft of a report against a started
 * application whose catalogue holds a full gazetteer</li>
 * <li>{@code events [options]} times the event list pages over 100,000 seeded events</li>
 * <li>{@code tallies [options]} runs the tally benchmark on PostgreSQL and H2</li>
 * <li>{@code search [options]} runs the search benchmark: indexing against
 * StandardAnalyzer, query latency</li>
 * <li>{@code imports [options]} times the import of a 100,000-row sheet against posting
 * the same kind of events one by one</li>
 * <li>{@code persons [options]} runs the record linkage benchmark over 1,000,000
 * generated person records</li>
 * <li>{@code list} lists the JMH benchmarks in this jar</li>
 * <li>{@code help} prints the usage</li>
 * <li>anything else goes to JMH as is, e.g.
 * {@code ExtractionBenchmark -f 1 -wi 2 -i 3}</li>
 * </ul>
 */
public final class BenchCommand {

	private static final String BENCHMARK_LIST = "/META-INF/BenchmarkList";

	private BenchCommand() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 0 || "help".equals(args[0]) || "--help".equals(args[0])) {
			System.out.println(usage());
			return;
		}
		switch (args[0]) {
			case "load" -> System.exit(load(Arrays.copyOfRange(args, 1, args.length)));
			case "draft" -> System.exit(DraftBenchmark.run(Arrays.copyOfRange(args, 1, args.length), System.out));
			case "events" -> System.exit(events(Arrays.copyOfRange(args, 1, args.length)));
			case "tallies" -> System.exit(tallies(Arrays.copyOfRange(args, 1, args.length)));
			case "search" -> System.exit(SearchBenchmark.run(Arrays.copyOfRange(args, 1, args.length), System.out));
			case "imports" -> System.exit(ImportBenchmark.run(Arrays.copyOfRange(args, 1, args.length), System.out));
			case "persons" -> System.exit(persons(Arrays.copyOfRange(args, 1, args.length)));
			case "list" -> list();
			default -> jmh(args);
		}
	}

	static String usage() {
		return """
				usage: marsad bench <command> [options]
				  load [options]        load test of report intake (see below)
				  draft [options]       time of the extraction draft of a report with a full gazetteer (see below)
				  events [options]      event list pages over 100,000 seeded events (see below)
				  tallies [options]     tally benchmark over 1,000,000 coded figures (see below)
				  search [options]      search benchmark: indexing against StandardAnalyzer, query latency (see below)
				  imports [options]     import of a 100,000-row sheet against posting events one by one (see below)
				  persons [options]     record linkage of 1,000,000 generated person records (see below)
				  list                  list the JMH benchmarks
				  help                  this text
				  <JMH arguments>       run JMH, e.g. ExtractionBenchmark -f 1 -wi 2 -i 3 (JMH's -h lists its options)

				""" + ReportLoadTest.usage() + "\n" + DraftBenchmark.usage() + "\n" + EventListBenchmark.usage() + "\n"
				+ TallyBenchmark.USAGE + "\n" + SearchBenchmark.usage() + "\n" + ImportBenchmark.usage() + "\n"
				+ PersonsBenchmark.usage();
	}

	private static int load(String[] args) {
		try {
			return ReportLoadTest.run(args, System.out);
		}
		catch (Exception ex) {
			System.err.println("bench load: " + ex.getMessage());
			return 1;
		}
	}

	private static int persons(String[] args) {
		try {
			return PersonsBenchmark.run(args, System.out);
		}
		catch (Exception ex) {
			System.err.println("bench persons: " + ex.getMessage());
			return 1;
		}
	}

	private static int events(String[] args) {
		try {
			return EventListBenchmark.run(args, System.out);
		}
		catch (Exception ex) {
			System.err.println("bench events: " + ex.getMessage());
			return 1;
		}
	}

	private static int tallies(String[] args) {
		try {
			return TallyBenchmark.run(args, System.out);
		}
		catch (Exception ex) {
			Throwable cause = (ex instanceof java.sql.SQLException sql && sql.getNextException() != null)
					? sql.getNextException() : ex;
			String message = String.valueOf(cause.getMessage());
			System.err.println("bench tallies: " + message.substring(0, Math.min(message.length(), 2_000)));
			return 1;
		}
	}

	private static void list() throws Exception {
		if (BenchCommand.class.getResource(BENCHMARK_LIST) == null) {
			System.out.println("No JMH benchmarks in this build.");
			return;
		}
		Main.main(new String[] { "-l" });
	}

	private static void jmh(String[] args) throws Exception {
		if (BenchCommand.class.getResource(BENCHMARK_LIST) == null) {
			System.err.println("bench: this build holds no JMH benchmarks");
			System.exit(1);
		}
		Main.main(args);
	}

}
