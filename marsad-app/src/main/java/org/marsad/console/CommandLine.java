package org.marsad.console;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A console command line: positional words, {@code --flag}s and {@code --option value}s.
 *
 * @param positional the words that are not options
 * @param values the options with values
 * @param flags the options without values
 */
public record CommandLine(List<String> positional, Map<String, String> values, List<String> flags) {

	/** The options that take a value. */
	static final Set<String> WITH_VALUE = Set.of("--data", "--expect", "--key-file");

	/**
	 * Reads a command line.
	 * @param args the words
	 * @return the command line
	 */
	public static CommandLine parse(String... args) {
		List<String> positional = new ArrayList<>();
		Map<String, String> values = new HashMap<>();
		List<String> flags = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			if (WITH_VALUE.contains(args[i]) && i + 1 < args.length) {
				values.put(args[i], args[++i]);
			}
			else if (args[i].startsWith("--")) {
				flags.add(args[i]);
			}
			else {
				positional.add(args[i]);
			}
		}
		return new CommandLine(List.copyOf(positional), Map.copyOf(values), List.copyOf(flags));
	}

	/**
	 * A positional word.
	 * @param index its place from 0
	 * @param usage what to say when it is missing
	 * @return the word
	 * @throws IllegalArgumentException when it is missing
	 */
	public String positional(int index, String usage) {
		if (index >= this.positional.size()) {
			throw new IllegalArgumentException(usage);
		}
		return this.positional.get(index);
	}

	/**
	 * The value of an option.
	 * @param option e.g. {@code --expect}
	 * @return the value or {@code null}
	 */
	public String value(String option) {
		return this.values.get(option);
	}

	/**
	 * Whether a flag was given.
	 * @param flag e.g. {@code --new-data-key}
	 * @return whether it was given
	 */
	public boolean flag(String flag) {
		return this.flags.contains(flag);
	}

}
