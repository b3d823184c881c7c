package org.marsad.bench.events;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.marsad.bench.load.ApplicationProcess;

/**
 * The options of {@code bench events}.
 *
 * @param events how many events to seed
 * @param reports how many supporting reports to seed
 * @param runs how many runs (each with a freshly started application)
 * @param warmup requests per scenario before measuring
 * @param requests measured requests per scenario
 * @param seed the seed of the corpus and of the request parameters
 * @param appJar the application jar
 * @param javaOptions JVM options of the application
 * @param keepData whether to keep the data folder
 */
record EventBenchOptions(int events, int reports, int runs, int warmup, int requests, long seed, Path appJar,
		List<String> javaOptions, boolean keepData) {

	static final String USAGE = """
			bench events [options]  time the event list pages over 100,000 seeded events, with filters
			  --events N             events to seed (default 100000)
			  --reports N            supporting reports to seed (default 20000)
			  --runs N               runs, each on a freshly started application (default 3)
			  --warmup N             requests per scenario before measuring (default 30)
			  --requests N           measured requests per scenario (default 200)
			  --seed N               seed of the events and of the request parameters (default 20190131)
			  --app-jar PATH         application jar (default marsad-app/target/marsad-app-0.1.0-SNAPSHOT.jar)
			  --java-options "..."   JVM options for the application (default -Xmx1g)
			  --keep-data            keep the seeded data folder
			""";

	private static final List<String> NAMES = List.of("--events", "--reports", "--runs", "--warmup", "--requests",
			"--seed", "--app-jar", "--java-options");

	/**
	 * Reads the options.
	 * @param args the arguments after {@code events}
	 * @param workingDirectory where the repository root is looked for
	 * @return the options
	 * @throws IllegalArgumentException for an unknown option or a bad value
	 */
	static EventBenchOptions parse(String[] args, Path workingDirectory) {
		Map<String, String> given = new HashMap<>();
		boolean keep = false;
		for (int i = 0; i < args.length; i++) {
			if ("--keep-data".equals(args[i])) {
				keep = true;
			}
			else if (NAMES.contains(args[i]) && i + 1 < args.length) {
				given.put(args[i], args[++i]);
			}
			else {
				throw new IllegalArgumentException("unknown option or missing value: " + args[i]);
			}
		}
		Path jar = given.containsKey("--app-jar") ? workingDirectory.resolve(given.get("--app-jar"))
				: ApplicationProcess.defaultJar(workingDirectory);
		return new EventBenchOptions(number(given, "--events", 100_000), number(given, "--reports", 20_000),
				number(given, "--runs", 3), number(given, "--warmup", 30), number(given, "--requests", 200),
				number(given, "--seed", 20190131), jar,
				Arrays.stream(given.getOrDefault("--java-options", "-Xmx1g").trim().split("\\s+"))
					.filter((word) -> !word.isEmpty())
					.toList(),
				keep);
	}

	private static int number(Map<String, String> given, String name, int fallback) {
		String value = given.get(name);
		try {
			int number = (value != null) ? Integer.parseInt(value) : fallback;
			if (number < 1) {
				throw new IllegalArgumentException(name + " must be at least 1");
			}
			return number;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(name + " needs a whole number, was " + value, ex);
		}
	}

}
