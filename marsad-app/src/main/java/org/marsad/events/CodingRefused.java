package org.marsad.events;

import java.util.List;

import org.marsad.intake.FieldProblem;

/**
 * A coding, event, figure or claim that is refused, naming every offending field by its
 * path in the request (e.g. {@code events[0].figures[1].claim.span}). Nothing has been
 * stored when it is thrown. Messages never repeat the values sent.
 */
public class CodingRefused extends RuntimeException {

	private final List<FieldProblem> problems;

	/**
	 * Creates the refusal.
	 * @param problems the problems, at least one
	 */
	public CodingRefused(List<FieldProblem> problems) {
		super("refused: " + problems.stream().map(FieldProblem::field).toList());
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("a refusal names at least one problem");
		}
		this.problems = List.copyOf(problems);
	}

	/**
	 * A refusal for one field.
	 * @param field the field
	 * @param code the message key
	 * @return the refusal
	 */
	public static CodingRefused of(String field, String code) {
		return new CodingRefused(List.of(new FieldProblem(field, code)));
	}

	/** The problems, in the order of the request. */
	public List<FieldProblem> problems() {
		return this.problems;
	}

}
