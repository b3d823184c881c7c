package org.marsad.bench.imports;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marsad.bench.load.ApplicationProcess;

/**
 * {@code bench imports}: how long a spreadsheet of 100,000 rows takes to import, against
 * a client that posts the same kind of events one by one through the events API.
 * <ol>
 * <li>writes a seeded sheet ({@link ImportSheetGenerator}) of {@code --rows} rows</li>
 * <li>starts the application on a fresh data folder (embedded H2)</li>
 * <li>baseline, in the same run: {@code --baseline} events with one figure each, posted
 * one after the other ({@code POST /api/events}, then {@code POST
 * /api/events/{id}/figures}), timed as rows per second</li>
 * <li>uploads the sheet, runs the dry run, then commits it and follows the job until it
 * ends; each step timed</li>
 * <li>prints rows per second of the dry run and the commit, their ratio to the baseline,
 * and the load average before and after</li>
 * </ol>
 * Exits 0 when the commit was accepted, 1 otherwise, 2 for bad options.
 */
public final class ImportBenchmark {

	private static final Duration STARTUP = Duration.ofSeconds(300);

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

	private static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*\"([A-Z]+)\"");

	private static final String MAPPING = """
			{"columns": {"event_key": "رقم الحدث", "type": "نوع الحدث", "date_from": "التاريخ", "place": "المكان",
			 "actor_1": "الطرف الأول", "figure": "العدد", "unit": "الوحدة", "category": "الفئة",
			 "nationality": "الجنسية"}}
			""";

	private final PrintStream out;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private String authorization;

	private URI base;

	private ImportBenchmark(PrintStream out) {
		this.out = out;
	}

	/** The usage of {@code bench imports}. */
	public static String usage() {
		return """
				bench imports [--rows N] [--baseline N] [--app-jar FILE] [--heap SIZE]
				  --rows N        rows of the generated sheet (default 100000)
				  --baseline N    events posted one by one through the events API as the baseline (default 500)
				  --app-jar FILE  the application jar (default marsad-app/target/marsad-app-0.1.0-SNAPSHOT.jar)
				  --heap SIZE     the application's -Xmx (default 2g)
				""";
	}

	/**
	 * Runs the benchmark.
	 * @param args the options
	 * @param out where to print
	 * @return the exit status
	 */
	public static int run(String[] args, PrintStream out) {
		Map<String, String> options;
		try {
			options = options(args);
		}
		catch (IllegalArgumentException ex) {
			out.println("bench imports: " + ex.getMessage());
			out.println(usage());
			return 2;
		}
		try {
			return new ImportBenchmark(out).run(options);
		}
		catch (IOException | InterruptedException ex) {
			out.println("bench imports: " + ex.getMessage());
			return 1;
		}
	}

	private int run(Map<String, String> options) throws IOException, InterruptedException {
		int rows = Integer.parseInt(options.getOrDefault("rows", "100000"));
		int baselineEvents = Integer.parseInt(options.getOrDefault("baseline", "500"));
		Path folder = Files.createTempDirectory("marsad-bench-imports");
		Path sheet = folder.resolve("sheet.csv");
		int events = ImportSheetGenerator.write(sheet, rows, 20190131L);
		this.out.printf(Locale.ROOT, "sheet: %,d rows, %,d events, %,d bytes; load %s%n", rows, events,
				Files.size(sheet), load());
		byte[] secret = new byte[12];
		new SecureRandom().nextBytes(secret);
		String password = HexFormat.of().formatHex(secret);
		this.authorization = "Basic "
				+ Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
		Path jar = Path.of(options.getOrDefault("app-jar", ApplicationProcess.defaultJar(Path.of("")).toString()));
		try (ApplicationProcess app = ApplicationProcess.start(jar,
				List.of("-Xmx" + options.getOrDefault("heap", "2g")), folder, password)) {
			this.base = app.url();
			waitUntilReady(app);
			double baseline = baseline(baselineEvents);
			long t0 = System.nanoTime();
			String sheetId = upload(sheet);
			double upload = seconds(t0);
			long t1 = System.nanoTime();
			String check = send("POST", "/api/imports/" + sheetId + "/check", MAPPING);
			double dryRun = seconds(t1);
			boolean acceptable = check.contains("\"problems\":[]");
			long t2 = System.nanoTime();
			String state = commit(sheetId);
			double commit = seconds(t2);
			this.out.printf(Locale.ROOT, "baseline (events API, one row at a time): %.1f rows/s%n", baseline);
			this.out.printf(Locale.ROOT, "upload: %.1f s (reads and counts every row)%n", upload);
			this.out.printf(Locale.ROOT, "dry run: %.1f s, %.1f rows/s, %.2fx the baseline, %s%n", dryRun,
					rows / dryRun, (rows / dryRun) / baseline, acceptable ? "no problem" : "PROBLEMS: " + check);
			this.out.printf(Locale.ROOT, "commit: %.1f s, %.1f rows/s, %.2fx the baseline, %s%n", commit, rows / commit,
					(rows / commit) / baseline, state);
			this.out.printf(Locale.ROOT, "load after: %s%n", load());
			return "COMMITTED".equals(state) ? 0 : 1;
		}
	}

	private double baseline(int events) throws IOException, InterruptedException {
		Random random = new Random(7);
		long start = System.nanoTime();
		for (int i = 0; i < events; i++) {
			String event = send("POST", "/api/events", """
					{"type": "displacement", "dateFrom": "2019-01-%02d", "placeId": "sy-baghuz",
					 "actors": [{"actorId": "sdf", "role": "actor1"}]}
					""".formatted(1 + random.nextInt(28)));
			String id = id(event);
			send("POST", "/api/events/" + id + "/figures", """
					{"figure": {"unit": "person", "category": "exited", "nationality": "IQ", "valueRule": "manual",
					 "manualValue": {"qualifier": "more_than", "best": %d}}, "claims": []}
					""".formatted(10 + random.nextInt(40_000)));
		}
		return events / seconds(start);
	}

	private String upload(Path sheet) throws IOException, InterruptedException {
		String boundary = "marsad" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"sheet.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(this.base.resolve("/api/imports"))
			.header("Authorization", this.authorization)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
					HttpRequest.BodyPublishers.ofFile(sheet), HttpRequest.BodyPublishers.ofByteArray(tail)))
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 201) {
			throw new IOException("upload answered " + response.statusCode() + ": " + response.body());
		}
		return id(response.body());
	}

	private String commit(String sheetId) throws IOException, InterruptedException {
		String job = id(send("POST", "/api/imports/" + sheetId + "/commit", MAPPING));
		while (true) {
			Thread.sleep(500);
			String body = send("GET", "/api/imports/jobs/" + job, null);
			Matcher state = STATE.matcher(body);
			if (state.find() && !state.group(1).equals("QUEUED") && !state.group(1).equals("RUNNING")) {
				return state.group(1);
			}
		}
	}

	private String send(String method, String path, String json) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.base.resolve(path))
			.header("Authorization", this.authorization)
			.timeout(Duration.ofMinutes(30));
		if (json != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		HttpResponse<String> response = this.http.send(request.build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() >= 300) {
			throw new IOException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	private void waitUntilReady(ApplicationProcess app) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + STARTUP.toNanos();
		while (System.nanoTime() < deadline) {
			if (!app.isAlive()) {
				throw new IOException("the application stopped:\n" + app.logTail(40));
			}
			try {
				send("GET", "/api/imports", null);
				return;
			}
			catch (IOException ex) {
				Thread.sleep(1000);
			}
		}
		throw new IOException("the application did not start in time:\n" + app.logTail(40));
	}

	private static String id(String json) throws IOException {
		Matcher id = ID.matcher(json);
		if (!id.find()) {
			throw new IOException("no id in " + json);
		}
		return id.group(1);
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static String load() {
		return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.length; i++) {
			if (!args[i].startsWith("--") || i + 1 >= args.length) {
				throw new IllegalArgumentException("unknown option " + args[i]);
			}
			String name = args[i].substring(2);
			if (!List.of("rows", "baseline", "app-jar", "heap").contains(name)) {
				throw new IllegalArgumentException("unknown option " + args[i]);
			}
			options.put(name, args[++i]);
		}
		return options;
	}

}
