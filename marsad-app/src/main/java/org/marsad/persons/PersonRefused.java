package org.marsad.persons;

import java.util.List;

import org.marsad.intake.FieldProblem;

/**
 * A person, status entry or piece of evidence that is refused, naming every offending
 * field by its path in the request (e.g. {@code members[1].birthYear}). Nothing has been
 * stored when it is thrown. Messages never repeat the values sent, which may be
 * protected.
 */
public class PersonRefused extends RuntimeException {

	private final List<FieldProblem> problems;

	/**
	 * Creates the refusal.
	 * @param problems the problems, at least one
	 */
	public PersonRefused(List<FieldProblem> problems) {
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
	public static PersonRefused of(String field, String code) {
		return new PersonRefused(List.of(new FieldProblem(field, code)));
	}

	/** The problems, in the order of the request. */
	public List<FieldProblem> problems() {
		return this.problems;
	}

}
