package org.marsad;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.intake.NewReport;
import org.marsad.intake.Reports;
import org.marsad.search.ReportDocument;
import org.marsad.search.SearchQuery;
import org.marsad.search.Viewer;
import org.marsad.search.internal.LuceneSearch;
import org.marsad.security.Role;
import org.marsad.web.TestAccounts;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code marsad reindex} against an embedded H2 data folder written by the application
 * itself: it rebuilds the index from the database, and whatever stops it midway leaves
 * the index in use serving as before.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReindexCommandTests {

	private static final int REPORTS = 1500;

	private static final String MARKER = "علامةقديمة";

	@TempDir
	static Path data;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeAll
	static void storeReports() {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(MarsadApplication.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.run("--marsad.data=" + data, "--marsad.admin-password=admin-test-password", "--logging.level.root=WARN")) {
			Reports reports = context.getBean(Reports.class);
			TestAccounts.asAdmin(() -> {
				reports.create(new NewReport("قُصِفت المدرسة الابتدائية في دير الزور صباح اليوم.", "قصف مدرسة", "ar",
						"message", "2019-03-05T10:00:00Z", null, null, "2"), List.of());
				for (int i = 1; i < REPORTS; i++) {
					reports.create(new NewReport("نزحت " + i + " عائلة من بلدة الباغوز باتجاه مخيم الهول.", null, "ar",
							"message", Instant.parse("2019-03-01T00:00:00Z").plusSeconds(i).toString(), null, null,
							"3"), List.of());
				}
			});
		}
	}

	private int reindex(String... args) {
		return new ReindexCommand(new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8), Map.of())
			.run(args);
	}

	@Test
	@Order(1)
	void rebuildsAMissingIndexFromTheDatabase() throws IOException {
		delete(data.resolve("index"));
		assertThat(reindex("--data", data.toString())).isZero();
		try (LuceneSearch search = new LuceneSearch(data.resolve("index"))) {
			assertThat(search.count()).isEqualTo(REPORTS);
			assertThat(search.query(SearchQuery.of("ابتدائيه"), Viewer.of(Role.VIEWER)).total()).isEqualTo(1);
		}
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("Reindexed 1,500 records");
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("1,500/1,500 100%");
	}

	@Test
	@Order(2)
	void replacesWhatTheIndexHeldByWhatTheDatabaseHolds() throws IOException {
		indexMarker();
		assertThat(reindex("--data=" + data)).isZero();
		assertThat(markerFound()).isFalse();
	}

	@Test
	@Order(3)
	void isRefusedWhileAServerHoldsTheIndex() throws IOException {
		try (LuceneSearch running = new LuceneSearch(data.resolve("index"))) {
			assertThat(reindex("--data", data.toString())).isEqualTo(1);
			assertThat(running.count()).isEqualTo(REPORTS);
		}
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("in use by another process")
			.contains("left as it was");
	}

	@Test
	@Order(4)
	void leavesTheIndexInUseWhenStoppedMidway() throws Exception {
		indexMarker();
		assertThat(stopMidway(false)).as("stopped before the end").isTrue();
		assertThat(markerFound()).isTrue();
		assertThat(generations()).hasSize(1);
	}

	@Test
	@Order(5)
	void leavesTheIndexInUseWhenKilledMidway() throws Exception {
		assertThat(stopMidway(true)).as("killed before the end").isTrue();
		assertThat(markerFound()).isTrue();
		assertThat(generations()).hasSize(1);
	}

	@Test
	void refusesAFolderWithoutDatabase(@TempDir Path empty) {
		assertThat(reindex("--data", empty.toString())).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("no Marsad database");
		assertThat(empty.resolve("db")).doesNotExist();
	}

	@Test
	void refusesAnUnknownOption() {
		assertThat(reindex("--port", "8080")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("usage: marsad reindex");
	}

	/**
	 * Runs the command in a process of its own and stops it once it has indexed some
	 * records, with SIGTERM (as Ctrl-C) or SIGKILL.
	 * @return whether it was stopped before it ended
	 */
	private static boolean stopMidway(boolean kill) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				Marsad.class.getName(), "reindex", "--data", data.toString());
		builder.environment().put("MARSAD_PROGRESS", "lines");
		builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
		Process process = builder.start();
		boolean stopped = false;
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null && !stopped; line = reader.readLine()) {
				if (line.startsWith("500/1,500")) {
					stopped = true;
				}
			}
		}
		if (kill) {
			process.destroyForcibly();
		}
		else {
			process.destroy();
		}
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return stopped && process.exitValue() != 0;
	}

	private static void indexMarker() {
		try (LuceneSearch search = new LuceneSearch(data.resolve("index"))) {
			search.index(new ReportDocument(UUID.randomUUID(), null, MARKER, "ar", "message", "new", null,
					Instant.parse("2019-01-01T00:00:00Z")));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean markerFound() throws IOException {
		try (LuceneSearch search = new LuceneSearch(data.resolve("index"))) {
			return search.query(SearchQuery.of(MARKER), Viewer.of(Role.ADMIN)).total() == 1;
		}
	}

	private static List<Path> generations() throws IOException {
		try (LuceneSearch opened = new LuceneSearch(data.resolve("index"));
				Stream<Path> children = Files.list(data.resolve("index"))) {
			return children.filter(Files::isDirectory).toList();
		}
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
