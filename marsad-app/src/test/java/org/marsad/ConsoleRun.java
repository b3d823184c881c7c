package org.marsad;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs a console command in this process, as {@code ./marsad} would, and keeps what it
 * printed.
 *
 * @param status the exit status
 * @param out what it printed
 * @param err what it complained of
 */
public record ConsoleRun(int status, String out, String err) {

	/**
	 * Runs a command.
	 * @param command e.g. {@code restore}
	 * @param args its arguments
	 * @return what happened
	 */
	public static ConsoleRun of(String command, String... args) {
		Marsad.localDatabaseServer();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = new Commands(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8))
			.run(command, args);
		return new ConsoleRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

}
