package org.marsad.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The application as a separate JVM started from the jar the build made, on loopback with
 * an embedded H2 database in a data folder, so that a test can kill it with SIGKILL
 * ({@link Process#destroyForcibly()} on Linux) and start it again on the same folder.
 * <ul>
 * <li>a small heap and the client compiler, so that two cores can start it in bounded
 * time</li>
 * <li>its output goes to a log file beside the data folder, shown when it fails to
 * start</li>
 * <li>a shutdown hook kills it if the test JVM stops first</li>
 * </ul>
 */
final class ServerProcess implements AutoCloseable {

	static final String PASSWORD = "كلمة-سر-المدير-للاختبار";

	private static final Duration START = Duration.ofMinutes(4);

	private final Process process;

	private final URI url;

	private final Path log;

	private final Thread killOnExit;

	private ServerProcess(Process process, URI url, Path log) {
		this.process = process;
		this.url = url;
		this.log = log;
		this.killOnExit = new Thread(process::destroyForcibly, "kill-server");
		Runtime.getRuntime().addShutdownHook(this.killOnExit);
	}

	/**
	 * Starts the application on a data folder and waits until it serves the API to its
	 * administrator (the account is created after the web server listens).
	 * @param data the data folder
	 * @param logName the name of its log, beside the data folder
	 * @param database the environment that names the database ({@code MARSAD_DB_URL}, …);
	 * empty for the embedded H2 database in the data folder
	 */
	static ServerProcess start(Path data, String logName, Map<String, String> database) throws Exception {
		int port = freePort();
		List<String> command = java();
		command.addAll(List.of("-jar", jar().toString(), "serve", "--port", Integer.toString(port), "--data",
				data.toString(), "--server.address=127.0.0.1"));
		Path log = data.resolveSibling(logName);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().put("MARSAD_ADMIN_PASSWORD", PASSWORD);
		database(builder, data, database);
		ServerProcess server = new ServerProcess(builder.start(), URI.create("http://127.0.0.1:" + port), log);
		server.awaitReady();
		return server;
	}

	/**
	 * Runs a console command ({@code backup FILE}, {@code restore …}) as another JVM on
	 * the same data folder and database.
	 */
	static Process command(Path data, Path log, Map<String, String> database, String... arguments) throws IOException {
		List<String> command = java();
		command.addAll(List.of("-jar", jar().toString()));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		database(builder, data, database);
		return builder.start();
	}

	private static void database(ProcessBuilder builder, Path data, Map<String, String> database) {
		builder.environment().put("MARSAD_DATA", data.toString());
		builder.environment().remove("MARSAD_DB_URL");
		builder.environment().putAll(database);
	}

	URI url() {
		return this.url;
	}

	/**
	 * Kills the process with SIGKILL, as a power cut or the kernel's OOM killer would.
	 */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
			throw new IllegalStateException("the server did not die");
		}
	}

	String logTail() {
		try {
			List<String> lines = Files.readAllLines(this.log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		try {
			Runtime.getRuntime().removeShutdownHook(this.killOnExit);
		}
		catch (IllegalStateException ex) {
			// the JVM is stopping and runs the hook itself
		}
	}

	private void awaitReady() throws Exception {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + START.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("the server stopped while starting:\n" + logTail());
			}
			try {
				HttpResponse<Void> response = client
					.send(HttpRequest.newBuilder(this.url.resolve("/api/reports?size=1"))
						.timeout(Duration.ofSeconds(10))
						.header("Authorization",
								"Basic " + Base64.getEncoder()
									.encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
						.build(), HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		this.process.destroyForcibly();
		throw new IllegalStateException("the server did not start within " + START + ":\n" + logTail());
	}

	private static List<String> java() {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k"));
		return command;
	}

	/** The executable jar {@code package} made before the integration tests run. */
	static Path jar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter((file) -> file.getFileName().toString().matches("marsad-app-.*\\d(-SNAPSHOT)?\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no application jar in target: run mvn package first"));
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
