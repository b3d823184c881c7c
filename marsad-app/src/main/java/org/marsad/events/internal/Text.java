package org.marsad.events.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads the typed strings of requests: trimmed text, ISO dates and ids, each refused by
 * its field when it cannot be read.
 */
final class Text {

	private static final char NUL = '\0';

	private Text() {
	}

	static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	/** The value stripped, or {@code null} when blank. */
	static String stripped(String value) {
		return present(value) ? value.strip() : null;
	}

	/**
	 * Free text up to a length, without NUL (PostgreSQL text cannot hold it).
	 * @return the stripped text, {@code null} when blank or refused
	 */
	static String limited(String value, int max, String field, String code, Problems problems) {
		String text = stripped(value);
		if (text != null && (text.length() > max || text.indexOf(NUL) >= 0)) {
			problems.add(field, code);
			return null;
		}
		return text;
	}

	/** An ISO date, or {@code null} when blank or refused. */
	static LocalDate date(String value, String field, String code, Problems problems) {
		if (!present(value)) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(field, code);
			return null;
		}
	}

	/**
	 * A code of a vocabulary, exactly as the vocabulary writes it.
	 * @param value the code sent
	 * @param values the vocabulary
	 * @param code how the vocabulary writes a value
	 * @param field the field
	 * @param unknown the message key for a code not in the vocabulary
	 * @param problems where problems go
	 * @return the value, or {@code null} when blank or refused
	 */
	static <T> T code(String value, T[] values, Function<T, String> code, String field, String unknown,
			Problems problems) {
		if (!present(value)) {
			return null;
		}
		for (T known : values) {
			if (code.apply(known).equals(value.strip())) {
				return known;
			}
		}
		problems.add(field, unknown);
		return null;
	}

	/** A UUID, or {@code null} when blank or refused. */
	static UUID id(String value, String field, String code, Problems problems) {
		if (!present(value)) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			problems.add(field, code);
			return null;
		}
	}

}
