package org.marsad.publishing;

import java.util.List;

import org.marsad.intake.FieldProblem;

/**
 * A request to publish or export was refused; nothing was written. Each problem names the
 * offending field and a message key.
 */
public class PublishingRefused extends RuntimeException {

	private final List<FieldProblem> problems;

	/**
	 * Creates the refusal.
	 * @param problems the problems, at least one
	 */
	public PublishingRefused(List<FieldProblem> problems) {
		super("refused: " + problems.stream().map(FieldProblem::field).toList());
		this.problems = List.copyOf(problems);
	}

	/**
	 * A refusal for one field.
	 * @param field the field
	 * @param code the message key
	 * @return the refusal
	 */
	public static PublishingRefused of(String field, String code) {
		return new PublishingRefused(List.of(new FieldProblem(field, code)));
	}

	/** The problems, one per offending field. */
	public List<FieldProblem> problems() {
		return this.problems;
	}

}
