package org.marsad.bench.draft;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.marsad.bench.draft.DraftClient.Timing;
import org.marsad.bench.load.ApplicationProcess;
import org.marsad.bench.text.ReportGenerator;
import org.marsad.text.Extractor;
import org.marsad.text.places.Gazetteer;
import org.marsad.text.places.SyrianArchiveFormat;

/**
 * {@code bench draft}: how long the application takes to prepare the extraction draft of
 * a report when its catalogue holds a full gazetteer (goal: under 100 ms of server time
 * for 5 KB).
 * <ol>
 * <li>imports the gazetteer into a fresh embedded database with
 * {@code java -jar <app> import gazetteer FILE --data <folder>}, timed</li>
 * <li>starts the application on that folder ({@link ApplicationProcess}) and stores one
 * generated report of the given size (seed 20190131, published 2019-01-31)</li>
 * <li>asks for its draft once cold, then {@code warmup} times, then {@code requests}
 * times one after the other, reading the server's own time from {@code Server-Timing}
 * ({@code draft}: reading the report and extracting; {@code json}: writing the contract)
 * and the client's round trip, which adds HTTP Basic's password check</li>
 * <li>in the same run, in this process, times the extraction alone over the same text
 * with the starter gazetteer (the baseline) and with the starter merged with the imported
 * file (a Syrian Archive {@code locations.json}), after warming both up, the same number
 * of times, one after the other in turn so that neither gains from the other's
 * warm-up</li>
 * <li>prints medians, p95 and maxima, the ratio to the baseline and the load average
 * before and after</li>
 * </ol>
 */
public final class DraftBenchmark {

	static final long SEED = 20190131L;

	static final LocalDate PUBLISHED = LocalDate.of(2019, 1, 31);

	private static final int KILOBYTE = 1024;

	private static final int PARAGRAPH_LENGTH = 1_000;

	private static final int LOG_LINES = 40;

	private static final int LOG_SCAN = 2000;

	private final DraftBenchOptions options;

	private final PrintStream out;

	private double serverMedian = Double.NaN;

	private DraftBenchmark(DraftBenchOptions options, PrintStream out) {
		this.options = options;
		this.out = out;
	}

	public static String usage() {
		return DraftBenchOptions.usage();
	}

	/**
	 * Runs the benchmark.
	 * @param args the options
	 * @param out where the results go
	 * @return the exit status: 0, or 2 for bad options
	 * @throws Exception when the application cannot be started or answers wrongly
	 */
	public static int run(String[] args, PrintStream out) throws Exception {
		DraftBenchOptions options;
		try {
			options = DraftBenchOptions.read(args);
		}
		catch (IllegalArgumentException ex) {
			out.println("bench draft: " + ex.getMessage());
			out.println(usage());
			return 2;
		}
		new DraftBenchmark(options, out).run();
		return 0;
	}

	private void run() throws Exception {
		String text = new ReportGenerator(SEED, PARAGRAPH_LENGTH).text(this.options.kilobytes() * KILOBYTE)
			.substring(0, this.options.kilobytes() * KILOBYTE);
		this.out.printf(Locale.ROOT, "bench draft, %s, %d cores, load average %s%n", Instant.now(),
				Runtime.getRuntime().availableProcessors(), loadAverage());
		this.out.printf(Locale.ROOT, "report: %d characters, %d bytes of UTF-8, published %s%n", text.length(),
				text.getBytes(StandardCharsets.UTF_8).length, PUBLISHED);
		Path folder = Files.createTempDirectory("marsad-bench-draft-");
		try {
			importGazetteer(folder);
			String password = password();
			try (ApplicationProcess application = ApplicationProcess.start(this.options.appJar(), List.of("-Xmx1g"),
					folder, password)) {
				DraftClient client = new DraftClient(application.url(), "admin", password);
				awaitStart(application, client);
				measureServer(client, text);
				application.logTail(LOG_SCAN)
					.lines()
					.filter((line) -> line.contains("Extractor built"))
					.forEach((line) -> this.out.println("server log: " + line.substring(line.indexOf("Extractor"))));
			}
			measureInProcess(text);
			this.out.printf(Locale.ROOT, "load average at the end: %s%n", loadAverage());
		}
		finally {
			if (this.options.keepData()) {
				this.out.println("data and app.log kept in " + folder);
			}
			else {
				deleteTree(folder);
			}
		}
	}

	private void importGazetteer(Path folder) throws IOException, InterruptedException {
		Path log = folder.resolve("import.log");
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
				"-jar", this.options.appJar().toString(), "import", "gazetteer", this.options.gazetteer().toString(),
				"--data", folder.resolve("data").toString());
		long started = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		int status = process.waitFor();
		double seconds = (System.nanoTime() - started) / 1e9;
		List<String> lines = Files.readAllLines(log);
		if (status != 0) {
			throw new IllegalStateException("import failed (" + status + "):\n" + String.join("\n", lines));
		}
		this.out.printf(Locale.ROOT, "import: %.1f s for the whole command (JVM start, migration, import)%n", seconds);
		lines.stream().filter((line) -> !line.isBlank()).limit(6).forEach((line) -> this.out.println("  " + line));
	}

	private void awaitStart(ApplicationProcess application, DraftClient client) throws InterruptedException {
		Instant until = Instant.now().plus(this.options.startupTimeout());
		while (!client.answers("/login")) {
			if (!application.isAlive() || Instant.now().isAfter(until)) {
				throw new IllegalStateException("the application did not start:\n" + application.logTail(LOG_LINES));
			}
			Thread.sleep(500);
		}
	}

	private void measureServer(DraftClient client, String text) throws IOException, InterruptedException {
		this.out.printf(Locale.ROOT, "catalogue: %d places%n", client.placeCount());
		String id = client.storeReport(text, PUBLISHED.toString());
		Timing cold = client.draft(id);
		this.out.printf(Locale.ROOT,
				"first draft after start: round trip %.1f ms, server draft %.1f ms, json %.1f ms, %d bytes%n",
				cold.roundTripMillis(), cold.draftMillis(), cold.jsonMillis(), cold.bytes());
		for (int i = 0; i < this.options.warmup(); i++) {
			client.draft(id);
		}
		int n = this.options.requests();
		double[] draft = new double[n];
		double[] json = new double[n];
		double[] roundTrip = new double[n];
		for (int i = 0; i < n; i++) {
			Timing timing = client.draft(id);
			draft[i] = timing.draftMillis();
			json[i] = timing.jsonMillis();
			roundTrip[i] = timing.roundTripMillis();
		}
		this.out.printf(Locale.ROOT, "%-58s %10s %10s %10s%n",
				"ms, " + n + " drafts after " + this.options.warmup() + " warm-up", "median", "p95", "max");
		this.out.printf(Locale.ROOT, "%-58s %s%n", "server: draft (read report, extract)", new Samples(draft).row());
		this.out.printf(Locale.ROOT, "%-58s %s%n", "server: write contract JSON", new Samples(json).row());
		this.out.printf(Locale.ROOT, "%-58s %s%n", "client: round trip (HTTP Basic check included)",
				new Samples(roundTrip).row());
		this.serverMedian = new Samples(draft).median();
	}

	private void measureInProcess(String text) throws IOException {
		Extractor starter = Extractor.standard();
		Extractor full = null;
		String fullName = null;
		if (this.options.gazetteer().getFileName().toString().equals("locations.json")) {
			Gazetteer merged = Gazetteer.merge(Gazetteer.starter(),
					Gazetteer.builder().addAll(SyrianArchiveFormat.read(this.options.gazetteer())).build());
			full = Extractor.builder().gazetteer(merged).build();
			fullName = "this process: extract, starter + imported, " + merged.size() + " places";
		}
		for (int i = 0; i < this.options.warmup(); i++) {
			starter.extract(text, PUBLISHED);
			if (full != null) {
				full.extract(text, PUBLISHED);
			}
		}
		int n = this.options.requests();
		double[] baseline = new double[n];
		double[] merged = new double[n];
		for (int i = 0; i < n; i++) {
			baseline[i] = time(starter, text);
			merged[i] = (full != null) ? time(full, text) : Double.NaN;
		}
		this.out.printf(Locale.ROOT, "%-58s %s%n", "this process: extract, starter gazetteer (baseline)",
				new Samples(baseline).row());
		if (full != null) {
			this.out.printf(Locale.ROOT, "%-58s %s%n", fullName, new Samples(merged).row());
		}
		this.out.printf(Locale.ROOT, "server draft / baseline (medians): %.2f%n",
				this.serverMedian / new Samples(baseline).median());
	}

	private static double time(Extractor extractor, String text) {
		long started = System.nanoTime();
		extractor.extract(text, PUBLISHED);
		return (System.nanoTime() - started) / 1_000_000.0;
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip();
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static String password() {
		byte[] secret = new byte[18];
		new SecureRandom().nextBytes(secret);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

	private static void deleteTree(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

}
