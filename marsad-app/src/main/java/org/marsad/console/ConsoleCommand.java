package org.marsad.console;

import java.io.PrintStream;

/**
 * A console command that a module offers ({@code ./marsad keys …}, {@code audit …},
 * {@code backup …}, {@code restore …}), as a bean of the module. It runs in the command
 * context of the application, with the operator as the actor of audit entries.
 */
public interface ConsoleCommand {

	/** Exit status: done. */
	int DONE = 0;

	/** Exit status: failed, or found a problem. */
	int FAILED = 1;

	/** Exit status: wrong usage. */
	int USAGE = 2;

	/**
	 * The word that selects it, e.g. {@code keys}.
	 * @return the name
	 */
	String name();

	/**
	 * How to call it, for the usage text.
	 * @return one or more lines
	 */
	String usage();

	/**
	 * Runs the command.
	 * @param line the command line after the name
	 * @param out where results go
	 * @param err where problems go
	 * @return the exit status
	 * @throws IllegalArgumentException on wrong usage, with a message saying how
	 */
	int run(CommandLine line, PrintStream out, PrintStream err);

}
