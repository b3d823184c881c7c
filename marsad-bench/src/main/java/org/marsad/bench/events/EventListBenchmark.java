package org.marsad.bench.events;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.marsad.bench.load.ApplicationProcess;
import org.marsad.bench.load.Latencies;
import org.marsad.bench.load.LatencySummary;

/**
 * How fast the event list pages answer over a record of 100,000 events, with and without
 * filters.
 * <ol>
 * <li>start the application once on a fresh data folder (embedded H2) so that Flyway
 * creates the schema, then stop it</li>
 * <li>seed the events straight into its database ({@link EventSeeding})</li>
 * <li>start it once more and wait until the search index has been rebuilt from the seeded
 * database, then stop it: the rebuild of 120,000 records takes a whole core for minutes,
 * and the pages must not be timed against it (a live system indexes as records
 * arrive)</li>
 * <li>for each run: start the application, log in through the login form, and for each
 * scenario ({@link ListScenario}) send warm-up requests, then time the measured ones, one
 * at a time from one client; every answer must be 200 with the results table</li>
 * <li>print each run's percentiles with the ratio of each p95 to the baseline's p95 in
 * the same run, then the medians over the runs</li>
 * </ol>
 * The baseline is the first page of every event ({@code GET /events}), measured in the
 * same run. Exits 0 when every request succeeded, 1 otherwise, 2 for bad options.
 */
public final class EventListBenchmark {

	private static final Duration STARTUP = Duration.ofSeconds(240);

	private static final int LOG_LINES = 40;

	private static final Duration INDEXING = Duration.ofMinutes(30);

	/** What the search module logs when its start-up rebuild has ended. */
	private static final String INDEX_REBUILT = "Search index rebuilt from the database";

	private final EventBenchOptions options;

	private final PrintStream out;

	private final String password;

	EventListBenchmark(EventBenchOptions options, PrintStream out) {
		this.options = options;
		this.out = out;
		byte[] secret = new byte[12];
		new SecureRandom().nextBytes(secret);
		this.password = HexFormat.of().formatHex(secret);
	}

	/**
	 * Runs the benchmark from the command line.
	 * @param args the options after {@code events}
	 * @param out where the results go
	 * @return the exit code
	 */
	public static int run(String[] args, PrintStream out) throws Exception {
		EventBenchOptions options;
		try {
			options = EventBenchOptions.parse(args, Path.of(""));
		}
		catch (IllegalArgumentException ex) {
			out.println("bench events: " + ex.getMessage() + "\n\n" + EventBenchOptions.USAGE);
			return 2;
		}
		return new EventListBenchmark(options, out).run() ? 0 : 1;
	}

	/** The options, for the command's help. */
	public static String usage() {
		return EventBenchOptions.USAGE;
	}

	boolean run() throws Exception {
		Path folder = Files.createTempDirectory("marsad-events-bench-");
		try {
			prepare(folder);
			List<Map<String, LatencySummary>> runs = new ArrayList<>();
			for (int run = 1; run <= this.options.runs(); run++) {
				Map<String, LatencySummary> results = measure(folder, run);
				if (results == null) {
					return false;
				}
				runs.add(results);
			}
			EventBenchReport.medians(runs, this.out);
			return true;
		}
		finally {
			if (this.options.keepData()) {
				this.out.println("data kept in " + folder);
			}
			else {
				deleteTree(folder);
			}
		}
	}

	private void prepare(Path folder) throws Exception {
		try (ApplicationProcess application = start(folder)) {
			this.out.println("schema created by " + this.options.appJar().getFileName() + " in " + folder);
		}
		long start = System.nanoTime();
		List<EventCorpus.Event> events = EventCorpus.events(this.options.events(), this.options.reports(),
				this.options.seed());
		new EventSeeding(EventSeeding.h2Url(folder.resolve("data"))).seed(events, this.options.reports());
		this.out.println("seeded " + events.size() + " events, " + this.options.reports() + " reports and "
				+ EventCorpus.places().size() + " places in " + Duration.ofNanos(System.nanoTime() - start).toSeconds()
				+ " s");
		awaitSearchIndex(folder);
	}

	private void awaitSearchIndex(Path folder) throws Exception {
		long start = System.nanoTime();
		try (ApplicationProcess application = start(folder)) {
			Instant until = Instant.now().plus(INDEXING);
			while (!application.logTail(LOG_LINES * 10).contains(INDEX_REBUILT)) {
				if (!application.isAlive() || Instant.now().isAfter(until)) {
					throw new IllegalStateException("the search index was not rebuilt within " + INDEXING.toMinutes()
							+ " minutes:\n" + application.logTail(LOG_LINES));
				}
				Thread.sleep(1000);
			}
		}
		this.out.println("search index rebuilt from the seeded database in "
				+ Duration.ofNanos(System.nanoTime() - start).toSeconds() + " s");
	}

	private Map<String, LatencySummary> measure(Path folder, int run) throws Exception {
		try (ApplicationProcess application = start(folder)) {
			PageSession session = PageSession.logIn(application.url(), "admin", this.password);
			Random random = new Random(this.options.seed() + run);
			Map<String, LatencySummary> results = new LinkedHashMap<>();
			for (ListScenario scenario : ListScenario.all()) {
				for (int i = 0; i < this.options.warmup(); i++) {
					if (time(session, scenario, random) < 0) {
						return failed(scenario, application);
					}
				}
				Latencies latencies = new Latencies(this.options.requests());
				for (int i = 0; i < this.options.requests(); i++) {
					long nanos = time(session, scenario, random);
					if (nanos < 0) {
						return failed(scenario, application);
					}
					latencies.record(i, nanos);
				}
				results.put(scenario.name(), latencies.summary());
			}
			EventBenchReport.run(run, Instant.now(), results, this.out);
			return results;
		}
	}

	/** One request, timed; -1 when it did not answer with the results. */
	private static long time(PageSession session, ListScenario scenario, Random random)
			throws IOException, InterruptedException {
		String path = "/events" + scenario.query().apply(random);
		long start = System.nanoTime();
		HttpResponse<String> response = session.get(path);
		long elapsed = System.nanoTime() - start;
		return (response.statusCode() == 200 && response.body().contains("id=\"results\"")) ? elapsed : -1;
	}

	private Map<String, LatencySummary> failed(ListScenario scenario, ApplicationProcess application) {
		this.out.println("bench events: scenario " + scenario.name() + " got an answer without results:\n"
				+ application.logTail(LOG_LINES));
		return null;
	}

	private ApplicationProcess start(Path folder) throws Exception {
		ApplicationProcess application = ApplicationProcess.start(this.options.appJar(), this.options.javaOptions(),
				folder, this.password);
		Instant until = Instant.now().plus(STARTUP);
		while (Instant.now().isBefore(until)) {
			if (!application.isAlive()) {
				throw new IllegalStateException(
						"the application stopped while starting:\n" + application.logTail(LOG_LINES));
			}
			try {
				if (PageSession.logIn(application.url(), "admin", this.password) != null) {
					return application;
				}
			}
			catch (IOException ex) {
				Thread.sleep(500);
			}
		}
		application.close();
		throw new IllegalStateException("the application did not start within " + STARTUP.toSeconds() + " s");
	}

	private static void deleteTree(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
