package org.marsad.text.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of {@code extract} (DESIGN, "The extraction contract"):
 * {@code extract [--published YYYY-MM-DD] [--format json|jsonl] [FILE…]}.
 *
 * <ul>
 * <li>{@code --published} and {@code --format} take their value as the next argument or
 * after '='</li>
 * <li>{@code -} names standard input; {@code --} ends the options</li>
 * <li>{@code --help} asks for the usage</li>
 * </ul>
 *
 * @param published publication date, or {@code null} for today
 * @param lines whether every input line is a separate text ({@code jsonl})
 * @param files files to read; empty for standard input
 * @param help whether the usage was asked for
 */
record ExtractOptions(LocalDate published, boolean lines, List<String> files, boolean help) {

	static final String USAGE = "usage: extract [--published YYYY-MM-DD] [--format json|jsonl] [FILE...]";

	/**
	 * Reads the arguments.
	 * @param args the arguments
	 * @return the options
	 * @throws IllegalArgumentException with a message for the user when they are wrong
	 */
	static ExtractOptions parse(String[] args) {
		LocalDate published = null;
		boolean lines = false;
		boolean help = false;
		List<String> files = new ArrayList<>();
		boolean optionsEnded = false;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (optionsEnded || arg.equals("-") || !arg.startsWith("-")) {
				files.add(arg);
			}
			else if (arg.equals("--")) {
				optionsEnded = true;
			}
			else if (arg.equals("--help") || arg.equals("-h")) {
				help = true;
			}
			else if (arg.equals("--published") || arg.startsWith("--published=")) {
				String value = valueOf(args, i, "--published");
				i += arg.contains("=") ? 0 : 1;
				published = date(value);
			}
			else if (arg.equals("--format") || arg.startsWith("--format=")) {
				String value = valueOf(args, i, "--format");
				i += arg.contains("=") ? 0 : 1;
				lines = format(value);
			}
			else {
				throw new IllegalArgumentException("unknown option " + arg);
			}
		}
		return new ExtractOptions(published, lines, List.copyOf(files), help);
	}

	private static String valueOf(String[] args, int i, String option) {
		int equals = args[i].indexOf('=');
		if (equals >= 0) {
			return args[i].substring(equals + 1);
		}
		if (i + 1 >= args.length) {
			throw new IllegalArgumentException(option + " needs a value");
		}
		return args[i + 1];
	}

	private static LocalDate date(String value) {
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("--published wants a date as YYYY-MM-DD, not '" + value + "'");
		}
	}

	private static boolean format(String value) {
		return switch (value) {
			case "json" -> false;
			case "jsonl" -> true;
			default -> throw new IllegalArgumentException("--format is json or jsonl, not '" + value + "'");
		};
	}

}
