package org.marsad.persons.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.marsad.intake.FieldProblem;
import org.marsad.persons.PersonConflict;
import org.marsad.persons.PersonRefused;

/**
 * Reading typed values from the text of form fields, naming the field of a value that
 * does not read; and the message keys of a refusal by field, for showing each next to its
 * input. Digits may be Arabic-Indic («١٩٨٢») as typed on Arabic keyboards.
 */
final class FormValues {

	private FormValues() {
	}

	static Integer integer(String text, String field, Problems problems) {
		String value = digits(PersonRules.blankToNull(text));
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			problems.add(field, "persons.error.value");
			return null;
		}
	}

	static LocalDate date(String text, String field, Problems problems) {
		String value = digits(PersonRules.blankToNull(text));
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			problems.add(field, "persons.error.value");
			return null;
		}
	}

	static UUID uuid(String text, String field, Problems problems) {
		String value = PersonRules.blankToNull(text);
		if (value == null) {
			return null;
		}
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			problems.add(field, "persons.error.value");
			return null;
		}
	}

	/** Lines of a text area, without blank ones. */
	static List<String> lines(String text) {
		return (text == null) ? List.of()
				: Arrays.stream(text.split("\\R")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

	/** Western digits for Arabic-Indic and extended Arabic-Indic ones. */
	static String digits(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int digit = Character.digit(c, 10);
			out.append((digit >= 0) ? (char) ('0' + digit) : c);
		}
		return out.toString();
	}

	static Map<String, String> errors(PersonRefused refused) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldProblem problem : refused.problems()) {
			errors.putIfAbsent(problem.field(), problem.code());
		}
		return errors;
	}

	static Map<String, String> errors(PersonConflict conflict) {
		return Map.of("version", "persons.error.conflict");
	}

}
