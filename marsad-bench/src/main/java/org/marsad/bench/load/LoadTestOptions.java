package org.marsad.bench.load;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What a load test run does.
 *
 * @param reports how many reports to submit
 * @param clients how many clients submit at the same time
 * @param appJar the application jar to start, when no {@code url} is given
 * @param url an already running server to target instead of starting one
 * @param user the account that submits
 * @param password its password; generated for a server the test starts itself
 * @param pageSize how many reports to ask for per page when listing
 * @param firstPage the number of the first page (0 for Spring's paging)
 * @param seed the seed of the report generator
 * @param timeout the longest the whole run may take
 * @param startupTimeout the longest the application may take to answer
 * @param javaOptions JVM options for the application process
 * @param keepData whether to keep the data folder of a started application
 */
record LoadTestOptions(int reports, int clients, Path appJar, Optional<URI> url, String user, String password,
		int pageSize, int firstPage, long seed, Duration timeout, Duration startupTimeout, List<String> javaOptions,
		boolean keepData) {

	static final String DEFAULT_APP_JAR = "marsad-app/target/marsad-app-0.1.0-SNAPSHOT.jar";

	static final int MAX_REPORTS = 1_000_000;

	static final int MAX_CLIENTS = 512;

	LoadTestOptions {
		requireRange("--reports", reports, 1, MAX_REPORTS);
		requireRange("--clients", clients, 1, MAX_CLIENTS);
		requireRange("--page-size", pageSize, 1, MAX_REPORTS);
		url.ifPresent(LoadTestOptions::requireLoopback);
		if (url.isPresent() && (password == null || password.isEmpty())) {
			throw new IllegalArgumentException("--url needs --password (or MARSAD_BENCH_PASSWORD)");
		}
	}

	/** Whether the test starts the application itself. */
	boolean startsApplication() {
		return this.url.isEmpty();
	}

	/**
	 * Finds the folder that holds the build, by walking up from a starting folder, so
	 * that the default jar is found from the root or from a module folder alike.
	 * @param start where to begin, usually the working directory
	 * @return the first folder with {@code marsad-app} inside, or {@code start}
	 */
	static Path repositoryRoot(Path start) {
		for (Path folder = start.toAbsolutePath(); folder != null; folder = folder.getParent()) {
			if (Files.isDirectory(folder.resolve("marsad-app")) && Files.exists(folder.resolve("pom.xml"))) {
				return folder;
			}
		}
		return start.toAbsolutePath();
	}

	private static void requireRange(String option, int value, int min, int max) {
		if (value < min || value > max) {
			throw new IllegalArgumentException(option + " must be " + min + " to " + max + ", was " + value);
		}
	}

	private static void requireLoopback(URI url) {
		String host = url.getHost();
		if (host == null || !"http".equals(url.getScheme())) {
			throw new IllegalArgumentException("--url must be an http://host:port address, was " + url);
		}
		try {
			for (InetAddress address : InetAddress.getAllByName(host)) {
				if (!address.isLoopbackAddress()) {
					throw new IllegalArgumentException("--url must name a loopback address, " + host + " is not");
				}
			}
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException("--url host " + host + " is unknown", ex);
		}
	}

}
