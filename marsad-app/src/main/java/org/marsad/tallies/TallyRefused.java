package org.marsad.tallies;

import java.util.List;

import org.marsad.intake.FieldProblem;

/**
 * A tally definition or computation request that is refused, naming the offending fields.
 * Nothing has been stored when it is thrown.
 */
public class TallyRefused extends RuntimeException {

	private final List<FieldProblem> problems;

	/**
	 * Creates the refusal.
	 * @param problems the problems, at least one
	 */
	public TallyRefused(List<FieldProblem> problems) {
		super("refused: " + problems.stream().map(FieldProblem::field).toList());
		this.problems = List.copyOf(problems);
	}

	/**
	 * A refusal for one field.
	 * @param field the field
	 * @param code the message key
	 * @return the refusal
	 */
	public static TallyRefused of(String field, String code) {
		return new TallyRefused(List.of(new FieldProblem(field, code)));
	}

	/** The problems, one per offending field. */
	public List<FieldProblem> problems() {
		return this.problems;
	}

}
