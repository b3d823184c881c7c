package org.marsad.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The application under test, started as a separate process on loopback so that the load
 * test (and the draft benchmark) measures it the way a client would, over a real socket.
 * <ul>
 * <li>{@code java -jar <jar> serve --port <free port> --data <fresh folder>}, bound to
 * 127.0.0.1 only</li>
 * <li>the admin password is handed over in the child's environment
 * ({@code MARSAD_ADMIN_PASSWORD}), never on its command line</li>
 * <li>port and data folder are also set in the environment ({@code MARSAD_PORT},
 * {@code MARSAD_DATA}), so that they hold even when the jar starts the Spring application
 * class directly rather than the {@code serve} command</li>
 * <li>its output goes to {@code app.log} next to the data folder, shown in part when it
 * fails to start</li>
 * <li>stopped on close (gracefully, then forcibly), and by a shutdown hook if the load
 * test itself is stopped</li>
 * </ul>
 */
public final class ApplicationProcess implements AutoCloseable {

	private static final long STOP_SECONDS = 30;

	private final Process process;

	private final URI url;

	private final Path log;

	private final Thread stopOnExit;

	private ApplicationProcess(Process process, URI url, Path log) {
		this.process = process;
		this.url = url;
		this.log = log;
		this.stopOnExit = new Thread(process::destroyForcibly, "stop-application");
		Runtime.getRuntime().addShutdownHook(this.stopOnExit);
	}

	/**
	 * Starts the application.
	 * @param jar the application's executable jar
	 * @param javaOptions JVM options such as {@code -Xmx1g}
	 * @param folder an empty folder for its data and log
	 * @param adminPassword the password of its {@code admin} account
	 * @return the running process; not yet necessarily ready
	 * @throws IOException if the jar is missing or the process cannot be started
	 */
	public static ApplicationProcess start(Path jar, List<String> javaOptions, Path folder, String adminPassword)
			throws IOException {
		return start(jar, javaOptions, folder, adminPassword, Map.of(), List.of());
	}

	/**
	 * Starts the application with more settings, e.g. another database.
	 * @param jar the application's executable jar
	 * @param javaOptions JVM options such as {@code -Xmx1g}
	 * @param folder an empty folder for its data and log
	 * @param adminPassword the password of its {@code admin} account
	 * @param environment more environment variables, e.g. {@code MARSAD_DB_URL}
	 * @param arguments more arguments after {@code serve}, e.g. Spring properties
	 * @return the running process; not yet necessarily ready
	 * @throws IOException if the jar is missing or the process cannot be started
	 */
	public static ApplicationProcess start(Path jar, List<String> javaOptions, Path folder, String adminPassword,
			Map<String, String> environment, List<String> arguments) throws IOException {
		if (!Files.isRegularFile(jar)) {
			throw new IOException("no application jar at " + jar + "; build it with "
					+ "mvn -B -o -q -pl marsad-app -am package -DskipTests, or pass --app-jar or --url");
		}
		int port = freePort();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(javaOptions);
		command.addAll(List.of("-jar", jar.toString(), "serve", "--port", Integer.toString(port), "--data",
				folder.resolve("data").toString(), "--server.address=127.0.0.1"));
		command.addAll(arguments);
		Path log = folder.resolve("app.log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.directory(folder.toFile());
		builder.environment().put("MARSAD_ADMIN_PASSWORD", adminPassword);
		builder.environment().put("MARSAD_PORT", Integer.toString(port));
		builder.environment().put("MARSAD_DATA", folder.resolve("data").toString());
		builder.environment().putAll(environment);
		return new ApplicationProcess(builder.start(), URI.create("http://127.0.0.1:" + port + "/"), log);
	}

	/** The application's base URL. */
	public URI url() {
		return this.url;
	}

	/** Whether the process still runs. */
	public boolean isAlive() {
		return this.process.isAlive();
	}

	/** The last lines the application printed, for error messages. */
	public String logTail(int lines) {
		try {
			List<String> all = Files.readAllLines(this.log);
			return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The lines the application printed that hold a text, e.g. its own measurements. */
	public List<String> logLines(String containing) {
		try {
			return Files.readAllLines(this.log).stream().filter((line) -> line.contains(containing)).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor(STOP_SECONDS, TimeUnit.SECONDS);
		}
		try {
			Runtime.getRuntime().removeShutdownHook(this.stopOnExit);
		}
		catch (IllegalStateException ex) {
			// the JVM is already shutting down and runs the hook itself
		}
	}

	/**
	 * The application jar the build makes, found from the repository root above a folder.
	 * @param workingDirectory where to start looking for the root
	 * @return the jar's path, whether or not it exists
	 */
	public static Path defaultJar(Path workingDirectory) {
		return LoadTestOptions.repositoryRoot(workingDirectory).resolve(LoadTestOptions.DEFAULT_APP_JAR);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
