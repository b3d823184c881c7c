package org.marsad.intake;

import java.util.List;

/**
 * A request that intake refuses, naming the offending fields. Nothing has been stored
 * when it is thrown. Messages never repeat the values sent, which may be protected.
 */
public class IntakeRefused extends RuntimeException {

	private final List<FieldProblem> problems;

	private final boolean tooLarge;

	/**
	 * Creates the refusal.
	 * @param problems the problems, at least one
	 * @param tooLarge whether a size limit was passed (HTTP 413) rather than a rule
	 * broken
	 */
	public IntakeRefused(List<FieldProblem> problems, boolean tooLarge) {
		super("refused: " + problems.stream().map(FieldProblem::field).toList());
		this.problems = List.copyOf(problems);
		this.tooLarge = tooLarge;
	}

	/**
	 * A refusal for one field.
	 * @param field the field
	 * @param code the message key
	 * @return the refusal
	 */
	public static IntakeRefused of(String field, String code) {
		return new IntakeRefused(List.of(new FieldProblem(field, code)), false);
	}

	/**
	 * A refusal for a field over its size limit.
	 * @param field the field
	 * @param code the message key
	 * @return the refusal
	 */
	public static IntakeRefused tooLarge(String field, String code) {
		return new IntakeRefused(List.of(new FieldProblem(field, code)), true);
	}

	/** The problems, one per offending field. */
	public List<FieldProblem> problems() {
		return this.problems;
	}

	/** Whether a size limit was passed. */
	public boolean isTooLarge() {
		return this.tooLarge;
	}

}
