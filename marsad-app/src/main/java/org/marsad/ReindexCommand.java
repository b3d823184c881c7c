package org.marsad;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.marsad.search.IndexInUse;
import org.marsad.search.Reindexing;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code marsad reindex [--data DIR]}: rebuilds the whole search index from the database
 * without starting the web server.
 * <ul>
 * <li>The database is the embedded H2 database of the data folder, or PostgreSQL when
 * {@code MARSAD_DB_URL} is set, exactly as for {@code serve}. Without
 * {@code MARSAD_DB_URL}, a data folder without a database is refused rather than given a
 * new empty one.</li>
 * <li>The application runs without its web server and without healing at start
 * ({@code marsad.search.heal=false}); the rebuild is this command's own.</li>
 * <li>The new index is built beside the one in use and replaces it only when complete:
 * stopping the command (Ctrl-C) or a failure leaves the index as it was, and what was
 * half built is removed at the next start.</li>
 * <li>A running server holds the index: the command is refused, and the server's own
 * index stays untouched.</li>
 * <li>Progress goes to standard error ({@link ProgressDisplay}): a bar on a terminal
 * ({@code MARSAD_PROGRESS=bar}, which the launcher sets when standard error is one),
 * plain lines otherwise.</li>
 * </ul>
 * Exit status: 0 done, 1 failed or refused, 2 bad options.
 */
final class ReindexCommand {

	private static final String H2_FILE = "db/marsad.mv.db";

	private final PrintStream out;

	private final PrintStream err;

	private final Map<String, String> environment;

	ReindexCommand(PrintStream out, PrintStream err, Map<String, String> environment) {
		this.out = out;
		this.err = err;
		this.environment = environment;
	}

	/**
	 * Runs the command.
	 * @param args the options after {@code reindex}
	 * @return the exit status
	 */
	int run(String[] args) {
		Path data;
		try {
			data = data(args);
		}
		catch (IllegalArgumentException ex) {
			this.err.println("marsad reindex: " + ex.getMessage());
			this.err.println("usage: marsad reindex [--data DIR]");
			return 2;
		}
		if (!hasDatabase(data)) {
			this.err.println("marsad reindex: no Marsad database in " + data
					+ " (set --data or MARSAD_DATA, or MARSAD_DB_URL for PostgreSQL)");
			return 1;
		}
		ProgressDisplay progress = new ProgressDisplay(this.err, isTerminal(), System::nanoTime);
		Thread interrupted = new Thread(() -> {
			progress.interrupt();
			this.err.println("marsad reindex: stopped; the search index in use was left as it was");
		});
		Runtime.getRuntime().addShutdownHook(interrupted);
		try (ConfigurableApplicationContext context = start(data)) {
			long[] expected = { 0 };
			long done = context.getBean(Reindexing.class).reindex((count, total) -> {
				expected[0] = total;
				progress.indexed(count, total);
			});
			progress.finish(done, Math.max(done, expected[0]));
			removeHook(interrupted);
			this.out.printf(Locale.ROOT, "Reindexed %,d records in %.1f s.%n", done, progress.seconds());
			return 0;
		}
		catch (RuntimeException ex) {
			if (removeHook(interrupted)) {
				progress.interrupt();
				this.err.println("marsad reindex: " + reason(ex) + "; the search index in use was left as it was");
			}
			return 1;
		}
	}

	private static ConfigurableApplicationContext start(Path data) {
		return new SpringApplicationBuilder(MarsadApplication.class).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run("--marsad.data=" + data, "--marsad.search.heal=false", "--logging.level.root=WARN",
					"--logging.level.org.flywaydb=ERROR");
	}

	private Path data(String[] args) {
		String data = this.environment.getOrDefault("MARSAD_DATA", "./marsad-data");
		for (int i = 0; i < args.length; i++) {
			if ("--data".equals(args[i]) && i + 1 < args.length) {
				data = args[++i];
			}
			else if (args[i].startsWith("--data=")) {
				data = args[i].substring("--data=".length());
			}
			else {
				throw new IllegalArgumentException("unknown option '" + args[i] + "'");
			}
		}
		return Path.of(data).toAbsolutePath().normalize();
	}

	private boolean hasDatabase(Path data) {
		String url = this.environment.get("MARSAD_DB_URL");
		return (url != null && !url.isBlank()) || Files.isRegularFile(data.resolve(H2_FILE));
	}

	private boolean isTerminal() {
		String progress = this.environment.get("MARSAD_PROGRESS");
		if (progress != null) {
			return "bar".equals(progress);
		}
		return System.console() != null;
	}

	private static String reason(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof IndexInUse) {
				return cause.getMessage();
			}
		}
		Throwable root = failure;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
	}

	/**
	 * Whether the hook was removed: not when the process is stopping, and the hook
	 * speaks.
	 */
	private static boolean removeHook(Thread hook) {
		try {
			return Runtime.getRuntime().removeShutdownHook(hook);
		}
		catch (IllegalStateException ex) {
			return false;
		}
	}

}
