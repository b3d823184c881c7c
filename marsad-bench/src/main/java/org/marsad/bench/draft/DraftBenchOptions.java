package org.marsad.bench.draft;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Options of {@code bench draft}.
 *
 * @param appJar the application's executable jar
 * @param gazetteer the gazetteer to import before the server starts
 * @param kilobytes the size of the report, in KB of 1,024 characters
 * @param warmup drafts asked for before measuring
 * @param requests drafts measured
 * @param keepData whether to keep the data folder and the application's log
 * @param startupTimeout how long the application may take to start
 */
record DraftBenchOptions(Path appJar, Path gazetteer, int kilobytes, int warmup, int requests, boolean keepData,
		Duration startupTimeout) {

	static final String DEFAULT_APP_JAR = "marsad-app/target/marsad-app-0.1.0-SNAPSHOT.jar";

	static final String ARCHIVE = "shared/data/gazetteer/syrian-archive/locations.json";

	static String usage() {
		return """
				bench draft [options]: imports a gazetteer into a fresh embedded database, starts the application and
				times GET /api/reports/{id}/draft for one generated Arabic report, against the extraction alone in this
				process with the starter gazetteer (the baseline) and with the same gazetteer merged in.
				  --app-jar FILE       the application jar (default marsad-app/target/marsad-app-0.1.0-SNAPSHOT.jar)
				  --gazetteer FILE     the gazetteer to import (default shared/data/gazetteer/syrian-archive/locations.json,
				                       looked for in the enclosing folders)
				  --kilobytes N        the report's size in KB of 1,024 characters (default 5)
				  --warmup N           drafts before measuring (default 200)
				  --requests N         drafts measured (default 500)
				  --keep-data          keep the data folder and app.log
				""";
	}

	static DraftBenchOptions read(String[] args) {
		Path root = root(Path.of(""));
		Path jar = root.resolve(DEFAULT_APP_JAR);
		Path gazetteer = find(Path.of(""), ARCHIVE);
		int kilobytes = 5;
		int warmup = 200;
		int requests = 500;
		boolean keep = false;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--app-jar" -> jar = Path.of(value(args, ++i));
				case "--gazetteer" -> gazetteer = Path.of(value(args, ++i));
				case "--kilobytes" -> kilobytes = number(args, ++i, 1, 1024);
				case "--warmup" -> warmup = number(args, ++i, 0, 100_000);
				case "--requests" -> requests = number(args, ++i, 1, 100_000);
				case "--keep-data" -> keep = true;
				default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		if (gazetteer == null || !Files.exists(gazetteer)) {
			throw new IllegalArgumentException("no gazetteer: pass --gazetteer FILE (" + ARCHIVE + " was not found)");
		}
		return new DraftBenchOptions(jar, gazetteer, kilobytes, warmup, requests, keep, Duration.ofMinutes(3));
	}

	private static String value(String[] args, int at) {
		if (at >= args.length) {
			throw new IllegalArgumentException(args[at - 1] + " needs a value");
		}
		return args[at];
	}

	private static int number(String[] args, int at, int min, int max) {
		int value;
		try {
			value = Integer.parseInt(value(args, at));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(args[at - 1] + " needs a number");
		}
		if (value < min || value > max) {
			throw new IllegalArgumentException(args[at - 1] + " must be from " + min + " to " + max);
		}
		return value;
	}

	private static Path root(Path start) {
		for (Path folder = start.toAbsolutePath(); folder != null; folder = folder.getParent()) {
			if (Files.isDirectory(folder.resolve("marsad-app")) && Files.exists(folder.resolve("pom.xml"))) {
				return folder;
			}
		}
		return start.toAbsolutePath();
	}

	private static Path find(Path start, String relative) {
		for (Path folder = start.toAbsolutePath(); folder != null; folder = folder.getParent()) {
			Path candidate = folder.resolve(relative);
			if (Files.exists(candidate)) {
				return candidate;
			}
		}
		return null;
	}

}
