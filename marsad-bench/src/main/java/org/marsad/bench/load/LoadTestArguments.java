package org.marsad.bench.load;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the options of {@code bench load} from the command line.
 * <ul>
 * <li>every option takes a value except {@code --keep-data}</li>
 * <li>{@code --password} falls back to the {@code MARSAD_BENCH_PASSWORD} environment
 * variable, so that it need not appear in the process list</li>
 * <li>{@code --app-jar} is resolved against the repository root, found by walking up from
 * the working directory</li>
 * </ul>
 */
final class LoadTestArguments {

	static final String USAGE = """
			bench load [options]   submit reports to the intake API and check that none is lost
			  --reports N            reports to submit (default 10000)
			  --clients C            concurrent clients (default 20)
			  --app-jar PATH         application jar to start (default %s)
			  --java-options "..."   JVM options for the started application (default -Xmx1g)
			  --url URL              target a running server on loopback instead (e.g. http://127.0.0.1:8080)
			  --user NAME            account to submit with (default admin)
			  --password SECRET      its password (or MARSAD_BENCH_PASSWORD); generated for a started server
			  --page-size N          page size when listing reports (default 100)
			  --first-page N         number of the first page (default 0)
			  --seed N               seed of the report generator (default 20190123)
			  --timeout SECONDS      limit for the whole run (default 1800)
			  --startup-timeout S    limit for the application to start (default 180)
			  --keep-data            keep the data folder of the started application
			""".formatted(LoadTestOptions.DEFAULT_APP_JAR);

	private static final String KEEP_DATA = "--keep-data";

	private static final int DEFAULT_REPORTS = 10_000;

	private static final int DEFAULT_CLIENTS = 20;

	private static final int DEFAULT_PAGE_SIZE = 100;

	private static final long DEFAULT_SEED = 20190123L;

	private static final long DEFAULT_TIMEOUT_SECONDS = 1800;

	private static final long DEFAULT_STARTUP_SECONDS = 180;

	private LoadTestArguments() {
	}

	/**
	 * Reads the options.
	 * @param args the arguments after {@code load}
	 * @param workingDirectory where relative paths and the repository root are found
	 * @return the options, with defaults for what was not given
	 * @throws IllegalArgumentException for an unknown option, a missing value or a value
	 * out of range
	 */
	static LoadTestOptions parse(String[] args, Path workingDirectory) {
		Values values = new Values(args);
		Path root = LoadTestOptions.repositoryRoot(workingDirectory);
		String password = values.text("--password", System.getenv().getOrDefault("MARSAD_BENCH_PASSWORD", ""));
		return new LoadTestOptions(values.number("--reports", DEFAULT_REPORTS),
				values.number("--clients", DEFAULT_CLIENTS),
				root.resolve(values.text("--app-jar", LoadTestOptions.DEFAULT_APP_JAR)),
				Optional.ofNullable(values.text("--url", null)).map(URI::create), values.text("--user", "admin"),
				password, values.number("--page-size", DEFAULT_PAGE_SIZE), values.number("--first-page", 0),
				Long.parseLong(values.text("--seed", Long.toString(DEFAULT_SEED))),
				Duration.ofSeconds(values.number("--timeout", (int) DEFAULT_TIMEOUT_SECONDS)),
				Duration.ofSeconds(values.number("--startup-timeout", (int) DEFAULT_STARTUP_SECONDS)),
				words(values.text("--java-options", "-Xmx1g")), values.flag(KEEP_DATA));
	}

	private static List<String> words(String text) {
		return Arrays.stream(text.trim().split("\\s+")).filter((word) -> !word.isEmpty()).toList();
	}

	/** The options as given, checked against the known names. */
	private static final class Values {

		private static final List<String> NAMES = List.of("--reports", "--clients", "--app-jar", "--java-options",
				"--url", "--user", "--password", "--page-size", "--first-page", "--seed", "--timeout",
				"--startup-timeout");

		private final Map<String, String> given = new HashMap<>();

		Values(String[] args) {
			for (int i = 0; i < args.length; i++) {
				if (NAMES.contains(args[i])) {
					if (i + 1 >= args.length) {
						throw new IllegalArgumentException(args[i] + " needs a value");
					}
					this.given.put(args[i], args[++i]);
				}
				else if (KEEP_DATA.equals(args[i])) {
					this.given.put(KEEP_DATA, "");
				}
				else {
					throw new IllegalArgumentException("unknown option " + args[i]);
				}
			}
		}

		String text(String name, String fallback) {
			return this.given.getOrDefault(name, fallback);
		}

		int number(String name, int fallback) {
			String value = text(name, null);
			try {
				return (value != null) ? Integer.parseInt(value) : fallback;
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException(name + " needs a whole number, was " + value, ex);
			}
		}

		boolean flag(String name) {
			return this.given.containsKey(name);
		}

	}

}
