package org.marsad.bench.load;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.marsad.bench.generate.ReportParagraphs;

/**
 * The intake load test: many clients submit generated Arabic reports at once, then every
 * report is checked to have been kept, once and unaltered.
 * <ol>
 * <li>start the application as a second process on loopback (or use {@code --url})</li>
 * <li>wait until it answers, and until the API accepts the credentials</li>
 * <li>submit the reports from concurrent clients, timing each request</li>
 * <li>fetch every acknowledged report back and compare its text</li>
 * <li>read the whole listing and count lost and duplicated reports</li>
 * </ol>
 * Exits 0 when everything passed, 1 when a check failed, 2 for bad options.
 */
public final class ReportLoadTest {

	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

	private static final Duration POLL = Duration.ofMillis(250);

	private static final int LOG_LINES = 40;

	private final LoadTestOptions options;

	private final PrintStream out;

	private final String runId;

	ReportLoadTest(LoadTestOptions options, PrintStream out) {
		this.options = options;
		this.out = out;
		byte[] id = new byte[4];
		new SecureRandom().nextBytes(id);
		this.runId = HexFormat.of().formatHex(id);
	}

	/**
	 * Runs the load test from the command line.
	 * @param args the options after {@code load}
	 * @param out where the summary goes
	 * @return the exit code: 0 passed, 1 failed, 2 bad options
	 */
	public static int run(String[] args, PrintStream out) throws Exception {
		LoadTestOptions options;
		try {
			options = LoadTestArguments.parse(args, Path.of(""));
		}
		catch (IllegalArgumentException ex) {
			out.println("bench load: " + ex.getMessage() + "\n\n" + LoadTestArguments.USAGE);
			return 2;
		}
		LoadTestSummary summary = new ReportLoadTest(options, out).run();
		summary.print(out);
		return summary.passed() ? 0 : 1;
	}

	/** The options of the load test, for the command's help. */
	public static String usage() {
		return LoadTestArguments.USAGE;
	}

	LoadTestSummary run() throws Exception {
		Instant deadline = Instant.now().plus(this.options.timeout());
		List<ReportSubmission> reports = generate();
		if (!this.options.startsApplication()) {
			URI url = this.options.url().orElseThrow();
			return against(url, this.options.password(), url.toString(), deadline, reports);
		}
		Path folder = Files.createTempDirectory("marsad-load-");
		String password = randomPassword();
		try (ApplicationProcess application = ApplicationProcess.start(this.options.appJar(),
				this.options.javaOptions(), folder, password)) {
			long start = System.nanoTime();
			awaitStart(application);
			String server = "started " + this.options.appJar().getFileName() + " at " + application.url() + " in "
					+ Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms, data in " + folder;
			return against(application.url(), password, server, deadline, reports);
		}
		finally {
			if (!this.options.keepData()) {
				deleteTree(folder);
			}
		}
	}

	private LoadTestSummary against(URI url, String password, String server, Instant deadline,
			List<ReportSubmission> reports) throws Exception {
		IntakeClient client = new IntakeClient(url, this.options.user(), password, REQUEST_TIMEOUT);
		awaitApi(client);
		this.out
			.println("submitting " + reports.size() + " reports from " + this.options.clients() + " clients to " + url);
		LoadRun run = new LoadRun(client, reports, this.options.clients(), deadline, this.out);
		SubmissionPhase.Submitted submitted = new SubmissionPhase(run).run();
		IntakeVerification verification = new IntakeVerification(run);
		IntakeVerification.FetchedBack fetchedBack = verification.fetchBack(submitted.ids());
		IntakeVerification.Listing listing = verification.list(submitted.ids(), this.runId, this.options.firstPage(),
				this.options.pageSize());
		return new LoadTestSummary(this.options, this.runId, server, submitted, fetchedBack, listing);
	}

	private List<ReportSubmission> generate() {
		ReportParagraphs paragraphs = new ReportParagraphs(this.options.seed());
		return IntStream.range(0, this.options.reports())
			.mapToObj((sequence) -> ReportSubmission.generate(paragraphs, this.runId, sequence))
			.toList();
	}

	private void awaitStart(ApplicationProcess application) throws Exception {
		Instant until = Instant.now().plus(this.options.startupTimeout());
		IntakeClient anonymous = new IntakeClient(application.url(), "", "", POLL.multipliedBy(4));
		while (Instant.now().isBefore(until)) {
			if (!application.isAlive()) {
				throw new IllegalStateException(
						"the application stopped while starting:\n" + application.logTail(LOG_LINES));
			}
			if (answers(anonymous, "/login")) {
				return;
			}
			Thread.sleep(POLL.toMillis());
		}
		throw new IllegalStateException("the application did not answer within "
				+ this.options.startupTimeout().toSeconds() + " s:\n" + application.logTail(LOG_LINES));
	}

	private void awaitApi(IntakeClient client) throws Exception {
		int status = client.status("/api/reports?page=" + this.options.firstPage() + "&size=1", true);
		if (status != 200) {
			throw new IllegalStateException("GET /api/reports answered " + status + " for user " + this.options.user()
					+ "; check the credentials and that the intake API exists");
		}
	}

	private static boolean answers(IntakeClient client, String path) throws InterruptedException {
		try {
			return client.status(path, false) == 200;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static String randomPassword() {
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
