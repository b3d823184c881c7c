package org.marsad.intake.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.marsad.intake.FieldProblem;
import org.marsad.intake.IntakeRefused;
import org.marsad.intake.NewSource;
import org.marsad.intake.Source;
import org.marsad.intake.SourceKind;
import org.marsad.text.vocabulary.SourceReliability;

/**
 * Checks a source before it is stored. Messages name fields, never values: contact
 * details are protected.
 * <ul>
 * <li>pseudonym: required, at most {@value #MAX_PSEUDONYM} characters</li>
 * <li>kind: a {@link SourceKind} code, {@code other} when empty</li>
 * <li>reliability: A–F (either case), F (cannot be judged) when empty</li>
 * <li>contact: at most {@value #MAX_CONTACT} characters; notes at most
 * {@value #MAX_NOTES}</li>
 * </ul>
 */
final class SourceRules {

	static final int MAX_PSEUDONYM = 200;

	static final int MAX_CONTACT = 2000;

	static final int MAX_NOTES = 10000;

	private SourceRules() {
	}

	/**
	 * Checks a source and gives it an id.
	 * @param source the source as typed
	 * @return the source to store
	 * @throws IntakeRefused naming every offending field
	 */
	static Source check(NewSource source) {
		List<FieldProblem> problems = new ArrayList<>();
		String pseudonym = (source.pseudonym() != null) ? source.pseudonym().strip() : "";
		if (pseudonym.isEmpty()) {
			problems.add(new FieldProblem("pseudonym", "source.error.pseudonymRequired"));
		}
		else if (pseudonym.length() > MAX_PSEUDONYM) {
			problems.add(new FieldProblem("pseudonym", "source.error.pseudonymTooLong"));
		}
		SourceKind kind = kind(source.kind(), problems);
		SourceReliability reliability = reliability(source.reliability(), problems);
		String contact = optional(source.contact(), MAX_CONTACT, "contact", "source.error.contactTooLong", problems);
		String notes = optional(source.notes(), MAX_NOTES, "notes", "source.error.notesTooLong", problems);
		if (!problems.isEmpty()) {
			throw new IntakeRefused(problems, false);
		}
		return new Source(UUID.randomUUID(), pseudonym, kind, reliability, contact, notes, Timestamps.now());
	}

	/**
	 * Reads a reliability grade given on its own.
	 * @param grade A–F in either case
	 * @return the grade
	 * @throws IntakeRefused naming {@code reliability} when it is missing or unknown
	 */
	static SourceReliability grade(String grade) {
		List<FieldProblem> problems = new ArrayList<>();
		SourceReliability reliability = (grade != null && !grade.isBlank()) ? reliability(grade, problems) : null;
		if (reliability == null) {
			throw IntakeRefused.of("reliability", "source.error.reliability");
		}
		return reliability;
	}

	private static SourceKind kind(String kind, List<FieldProblem> problems) {
		if (kind == null || kind.isBlank()) {
			return SourceKind.OTHER;
		}
		try {
			return SourceKind.ofCode(kind.strip());
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem("kind", "source.error.kind"));
			return null;
		}
	}

	private static SourceReliability reliability(String grade, List<FieldProblem> problems) {
		if (grade == null || grade.isBlank()) {
			return SourceReliability.F;
		}
		try {
			return SourceReliability.valueOf(grade.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem("reliability", "source.error.reliability"));
			return null;
		}
	}

	private static String optional(String value, int max, String field, String code, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.length() > max) {
			problems.add(new FieldProblem(field, code));
		}
		return value.strip();
	}

}
