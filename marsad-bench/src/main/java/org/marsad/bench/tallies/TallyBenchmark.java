package org.marsad.bench.tallies;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.marsad.bench.load.ApplicationProcess;

/**
 * The tally benchmark: a tally with two breakdowns over a million coded figures, on
 * PostgreSQL and on the embedded H2 database, against a plain SUM/GROUP BY of the same
 * figures measured in the same run.
 * <ol>
 * <li>PostgreSQL: start the application as a second process on loopback, in a schema of
 * its own, then write the coded records with {@link FigureGenerator} over JDBC unless the
 * schema already holds them</li>
 * <li>H2: start the application once to create the schema, write the records into the
 * file database from this process (embedded, which is much faster than through the
 * application), then start the application on it with {@code AUTO_SERVER=TRUE} so that
 * this process can run the baseline in the same database engine while it runs</li>
 * <li>define the tally through the API: persons who left, since the first day of the
 * data, in the country and every place under it, broken down by nationality and by group,
 * with a monthly series</li>
 * <li>after warm-up, alternate in each run: the baseline query over JDBC, then the
 * tally's numbers over HTTP ({@code GET /api/tallies/{id}/result?checks=false}), then the
 * complete result with the checks that read figures and claims one by one
 * ({@code checks=true}), then the definition alone (the cost of HTTP and authentication);
 * the server's own time comes in its {@code Server-Timing} header</li>
 * <li>print every run, the medians, the ratio to the baseline and the load average</li>
 * </ol>
 */
public final class TallyBenchmark {

	/** The options, for the command's help. */
	public static final String USAGE = """
			bench tallies [options]   tally benchmark: 1,000,000 figures in 50,000 events
			  --db postgres|h2|both   databases to measure (default both)
			  --pg-url URL            PostgreSQL (default jdbc:postgresql://127.0.0.1:5432/test), user postgres
			  --schema NAME           PostgreSQL schema of the benchmark (default marsad_bench_tallies)
			  --h2-folder DIR         data folder of the H2 run (default marsad-bench/target/bench-tallies-h2)
			  --events N              events (default 50000); --figures-per-event N (default 20)
			  --runs N                measured runs (default 5, at least 3); --warmups N (default 2)
			  --fresh                 drop and write the data again even when present
			  --skip-checks           leave out the tally with figure checks (checks=true)
			  --reader columns|sql    how the application reads a tally's numbers (default columns: in memory)
			  --data-only             write the data (when absent) and stop, without measuring
			  --app-jar PATH          default marsad-app/target/marsad-app-0.1.0-SNAPSHOT.jar
			""";

	private static final String AS_OF = "2019-12-31";

	private static final long SEED = 20190130L;

	private static final int LOG_LINES = 40;

	private final Map<String, String> options;

	private final PrintStream out;

	private TallyBenchmark(Map<String, String> options, PrintStream out) {
		this.options = options;
		this.out = out;
	}

	/**
	 * Runs the benchmark from the command line.
	 * @param args the options after {@code tallies}
	 * @param out where results go
	 * @return 0 when every database computed the tally, 2 for bad options
	 */
	public static int run(String[] args, PrintStream out) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i < args.length; i++) {
			if ("--fresh".equals(args[i]) || "--data-only".equals(args[i]) || "--skip-checks".equals(args[i])) {
				options.put(args[i].substring(2), "true");
			}
			else if (args[i].startsWith("--") && i + 1 < args.length) {
				options.put(args[i].substring(2), args[++i]);
			}
			else {
				out.println("bench tallies: unknown option " + args[i] + "\n\n" + USAGE);
				return 2;
			}
		}
		TallyBenchmark benchmark = new TallyBenchmark(options, out);
		if (benchmark.runs() < 3) {
			out.println("bench tallies: at least 3 runs\n\n" + USAGE);
			return 2;
		}
		String db = options.getOrDefault("db", "both");
		if (db.equals("postgres") || db.equals("both")) {
			benchmark.postgres();
		}
		if (db.equals("h2") || db.equals("both")) {
			benchmark.h2();
		}
		return 0;
	}

	private void postgres() throws Exception {
		String url = this.options.getOrDefault("pg-url", "jdbc:postgresql://127.0.0.1:5432/test");
		String schema = this.options.getOrDefault("schema", "marsad_bench_tallies");
		try (Connection admin = DriverManager.getConnection(url, "postgres", "")) {
			try (Statement statement = admin.createStatement()) {
				if (this.options.containsKey("fresh")) {
					statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
				}
				else {
					forgetAccounts(statement, schema + ".account");
				}
			}
		}
		String appUrl = url + "?currentSchema=" + schema;
		Map<String, String> environment = Map.of("MARSAD_DB_URL", appUrl, "MARSAD_DB_USER", "postgres",
				"MARSAD_DB_PASSWORD", "");
		List<String> arguments = List.of("--spring.flyway.schemas=" + schema, "--spring.flyway.create-schemas=true",
				reader());
		// One data folder for every start: it holds the master key of the keyring stored
		// in the schema.
		Path folder = Files.createDirectories(Path.of("marsad-bench/target/bench-tallies-pg").toAbsolutePath());
		String dataUrl = appUrl + "&reWriteBatchedInserts=true";
		if (!hasSchema(url, schema)) {
			this.out.println("== PostgreSQL: first start of the application, to create the schema");
			try (ApplicationProcess application = ApplicationProcess.start(jar(), List.of("-Xmx2g"), folder,
					randomPassword(), environment, arguments)) {
				awaitStart(application);
			}
		}
		try (Connection connection = DriverManager.getConnection(dataUrl, "postgres", "");
				Statement statement = connection.createStatement()) {
			forgetAccounts(statement, "account");
			ensureData(connection, true);
		}
		if (!this.options.containsKey("data-only")) {
			measure("PostgreSQL", environment, arguments, dataUrl, "postgres", true, folder);
		}
	}

	private void h2() throws Exception {
		Path folder = Path.of(this.options.getOrDefault("h2-folder", "marsad-bench/target/bench-tallies-h2"))
			.toAbsolutePath();
		if (this.options.containsKey("fresh") && Files.exists(folder)) {
			try (var paths = Files.walk(folder)) {
				for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
		Files.createDirectories(folder);
		String file = "jdbc:h2:file:" + folder.resolve("data/db/marsad")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
		if (!Files.exists(folder.resolve("data/db/marsad.mv.db"))) {
			this.out.println("== H2: first start of the application, to create the schema");
			try (ApplicationProcess application = ApplicationProcess.start(jar(), List.of("-Xmx2g"), folder,
					randomPassword(), Map.of("MARSAD_DB_URL", file), List.of())) {
				awaitStart(application);
			}
		}
		// A cache of 1 GB while writing, instead of H2's 64 MB: the tables' indexes on
		// random
		// UUIDs are then updated in memory rather than read back from the file for every
		// row.
		try (Connection connection = DriverManager.getConnection(file + ";CACHE_SIZE=1048576", "sa", "");
				Statement statement = connection.createStatement()) {
			forgetAccounts(statement, "account");
			ensureData(connection, false);
		}
		if (this.options.containsKey("data-only")) {
			return;
		}
		String url = file + ";AUTO_SERVER=TRUE";
		measure("H2 (embedded default)", Map.of("MARSAD_DB_URL", url), List.of(reader()), url, "sa", false, folder);
	}

	private void measure(String name, Map<String, String> environment, List<String> arguments, String jdbcUrl,
			String user, boolean postgres, Path folder) throws Exception {
		String password = randomPassword();
		Path jar = jar();
		this.out.println("== " + name + ": starting " + jar.getFileName() + ", load " + load());
		try (ApplicationProcess application = ApplicationProcess.start(jar, List.of("-Xmx2g"), folder, password,
				environment, arguments)) {
			awaitStart(application);
			this.out.println("application started, load " + load());
			try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "")) {
				ensureData(connection, postgres);
				if (postgres) {
					try (Statement statement = connection.createStatement()) {
						statement.execute("ANALYZE");
					}
				}
				TallyClient client = new TallyClient(application.url(), "admin", password);
				String id = client.define(tally());
				int warmups = Integer.parseInt(this.options.getOrDefault("warmups", "2"));
				for (int i = 0; i < warmups; i++) {
					forgetResults(connection, postgres);
					client.compute(id, AS_OF, false);
					if (checks()) {
						forgetResults(connection, postgres);
						client.compute(id, AS_OF, true);
					}
					forgetResults(connection, postgres);
					baseline(connection);
				}
				report(name, runs(client, connection, id, postgres));
				application.logLines("tallies:").forEach(this.out::println);
			}
		}
	}

	private static boolean hasSchema(String url, String schema) throws SQLException {
		try (Connection admin = DriverManager.getConnection(url, "postgres", "");
				PreparedStatement statement = admin
					.prepareStatement("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ? "
							+ "AND table_name = 'figure'")) {
			statement.setString(1, schema);
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return rs.getLong(1) > 0;
			}
		}
	}

	private Path jar() {
		return Path.of(this.options.getOrDefault("app-jar", "marsad-app/target/marsad-app-0.1.0-SNAPSHOT.jar"))
			.toAbsolutePath();
	}

	private record Run(double baselineMillis, double roundTripMillis, double serverMillis, double processorMillis,
			double checkedMillis, double definitionMillis, String load) {
	}

	private List<Run> runs(TallyClient client, Connection connection, String id, boolean postgres) throws Exception {
		List<Run> runs = new ArrayList<>();
		TallyClient.Computed last = null;
		for (int i = 0; i < runs(); i++) {
			forgetResults(connection, postgres);
			double baseline = baseline(connection);
			forgetResults(connection, postgres);
			last = client.compute(id, AS_OF, false);
			double checked = Double.NaN;
			if (checks()) {
				forgetResults(connection, postgres);
				checked = client.compute(id, AS_OF, true).serverMillis();
			}
			double definition = client.definition(id).roundTripMillis();
			runs.add(new Run(baseline, last.roundTripMillis(), last.serverMillis(), last.processorMillis(), checked,
					definition, load()));
		}
		this.out.printf(Locale.ROOT,
				"tally: figures counted in the total %s, value %s, breakdown rows %d + %d, "
						+ "series points %d, bounds %d, warnings found %s%n",
				last.body().get("figures"), last.body().get("value"),
				last.body().get("breakdowns").get(0).get("rows").size(),
				last.body().get("breakdowns").get(1).get("rows").size(), last.body().get("series").size(),
				last.body().get("bounds").size(), last.body().get("warningsFound"));
		return runs;
	}

	private void report(String name, List<Run> runs) {
		this.out.println("run | baseline SUM/GROUP BY (ms) | tally, server (ms) | tally, server thread processor "
				+ "time (ms) | tally, round trip (ms) | tally with figure checks, server (ms) | "
				+ "GET definition, round trip (ms) | load average");
		for (int i = 0; i < runs.size(); i++) {
			Run run = runs.get(i);
			String checked = Double.isNaN(run.checkedMillis()) ? "not measured"
					: String.format(Locale.ROOT, "%.1f", run.checkedMillis());
			this.out.printf(Locale.ROOT, "%d | %.1f | %.1f | %.1f | %.1f | %s | %.1f | %s%n", i + 1,
					run.baselineMillis(), run.serverMillis(), run.processorMillis(), run.roundTripMillis(), checked,
					run.definitionMillis(), run.load());
		}
		double baseline = median(runs.stream().map(Run::baselineMillis).toList());
		double processor = median(runs.stream().map(Run::processorMillis).toList());
		double server = median(runs.stream().map(Run::serverMillis).toList());
		double roundTrip = median(runs.stream().map(Run::roundTripMillis).toList());
		double definition = median(runs.stream().map(Run::definitionMillis).toList());
		this.out.printf(Locale.ROOT,
				"%s medians: baseline %.1f ms, tally %.1f ms on the server (%.2f x baseline, %.1f ms processor "
						+ "time of its thread), %.1f ms round trip; GET definition %.1f ms%n",
				name, baseline, server, server / baseline, processor, roundTrip, definition);
	}

	/**
	 * Makes H2 compute the next queries again. H2 hands back the result of a query it has
	 * run before, with the same parameters, while no table the query reads has changed:
	 * without this, every run after the first measured a result read from memory (the
	 * request's processor time was 25–35 ms). Writing one row of {@code place_ancestor},
	 * which the baseline and the tally both read, is a change as any coding would make.
	 * PostgreSQL keeps no results, and its data are left as they are.
	 */
	private static void forgetResults(Connection connection, boolean postgres) throws SQLException {
		if (!postgres) {
			try (Statement statement = connection.createStatement()) {
				statement.executeUpdate("UPDATE place_ancestor SET depth = depth "
						+ "WHERE place_id = 'bench-sy' AND ancestor_id = 'bench-sy'");
			}
		}
	}

	/**
	 * The baseline: the same figures summed by the two breakdown keys with one plain
	 * query, without running totals, parts, checks or series.
	 */
	private static double baseline(Connection connection) throws SQLException {
		long start = System.nanoTime();
		try (PreparedStatement statement = connection.prepareStatement("SELECT f.nationality, f.group_actor, "
				+ "COUNT(*), SUM(f.low), SUM(f.best), SUM(f.high) FROM figure f JOIN event e ON e.id = f.event_id "
				+ "WHERE f.unit = 'person' AND f.category = 'exited' AND f.voided = FALSE AND e.voided = FALSE "
				+ "AND e.status <> 'discounted' AND e.place_id IN (SELECT pa.place_id FROM place_ancestor pa "
				+ "WHERE pa.ancestor_id = 'bench-sy') AND COALESCE(f.period_to, e.date_to) BETWEEN ? AND ? "
				+ "GROUP BY f.nationality, f.group_actor")) {
			statement.setObject(1, FigureGenerator.FIRST_DAY);
			statement.setObject(2, java.time.LocalDate.parse(AS_OF));
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					rs.getBigDecimal(5);
				}
			}
		}
		return (System.nanoTime() - start) / 1_000_000.0;
	}

	private static Map<String, Object> tally() {
		Map<String, Object> tally = new LinkedHashMap<>();
		tally.put("name", "الخارجون منذ حزيران 2018");
		tally.put("unit", "person");
		tally.put("category", "exited");
		tally.put("from", FigureGenerator.FIRST_DAY.toString());
		tally.put("place", "bench-sy");
		tally.put("breakdowns", List.of("nationality", "actor", "month"));
		return tally;
	}

	private void ensureData(Connection connection, boolean postgres) throws SQLException {
		int events = Integer.parseInt(this.options.getOrDefault("events", "50000"));
		int perEvent = Integer.parseInt(this.options.getOrDefault("figures-per-event", "20"));
		long expected = (long) events * perEvent;
		long present = count(connection,
				"SELECT COUNT(*) FROM figure WHERE created_by = '" + FigureGenerator.MARKER + "'");
		if (present == expected) {
			this.out.printf("data: %,d figures already present%n", present);
			return;
		}
		if (present > 0) {
			throw new IllegalStateException(
					"the database holds " + present + " generated figures, not " + expected + "; run with --fresh");
		}
		this.out.printf("data: writing %,d events with %,d figures, load %s%n", events, expected, load());
		long start = System.nanoTime();
		new FigureGenerator(SEED, events, perEvent).generate(connection, this.out);
		if (postgres) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("ANALYZE");
			}
		}
		this.out.printf("data: written in %d s; %,d claims%n", Duration.ofNanos(System.nanoTime() - start).toSeconds(),
				count(connection, "SELECT COUNT(*) FROM claim"));
	}

	/**
	 * Removes the accounts of an earlier run, whose admin password is gone, so that the
	 * application creates {@code admin} again with this run's password.
	 */
	private static void forgetAccounts(Statement statement, String table) {
		try {
			statement.execute("DELETE FROM " + table);
		}
		catch (SQLException ex) {
			// no such table yet: the application has never started on this database
		}
	}

	private static long count(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** The reader of a tally's numbers, as the application's property. */
	private String reader() {
		return "--marsad.tallies.reader=" + this.options.getOrDefault("reader", "columns");
	}

	/**
	 * Whether to measure the tally with the figure checks too ({@code --skip-checks}).
	 */
	private boolean checks() {
		return !this.options.containsKey("skip-checks");
	}

	private int runs() {
		return Integer.parseInt(this.options.getOrDefault("runs", "5"));
	}

	private static void awaitStart(ApplicationProcess application) throws Exception {
		TallyClient anonymous = new TallyClient(application.url(), "", "");
		Instant until = Instant.now().plusSeconds(1200);
		while (Instant.now().isBefore(until)) {
			if (!application.isAlive()) {
				throw new IllegalStateException("the application stopped:\n" + application.logTail(LOG_LINES));
			}
			if (anonymous.status("/login") == 200) {
				return;
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("the application did not start:\n" + application.logTail(LOG_LINES));
	}

	static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return (n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	private static String load() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static String randomPassword() {
		byte[] secret = new byte[18];
		new SecureRandom().nextBytes(secret);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

}
