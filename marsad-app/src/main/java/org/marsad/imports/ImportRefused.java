package org.marsad.imports;

import java.util.List;

import org.marsad.intake.FieldProblem;

/**
 * An upload or a mapping that is refused, naming every offending field of the request
 * ({@code file}, {@code encoding}, {@code mapping.date_from}, …). Nothing was kept.
 */
public class ImportRefused extends RuntimeException {

	private final List<FieldProblem> problems;

	private final int row;

	/**
	 * Creates the refusal.
	 * @param problems the problems, at least one
	 */
	public ImportRefused(List<FieldProblem> problems) {
		this(problems, 0);
	}

	/**
	 * Creates the refusal of a file that could not be read past a row.
	 * @param problems the problems, at least one
	 * @param row the row of the file where reading stopped, 0 for the file as a whole
	 */
	public ImportRefused(List<FieldProblem> problems, int row) {
		super("refused: " + problems.stream().map(FieldProblem::field).toList());
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("a refusal names at least one problem");
		}
		this.problems = List.copyOf(problems);
		this.row = row;
	}

	/**
	 * A refusal for one field.
	 * @param field the field
	 * @param code the message key
	 * @return the refusal
	 */
	public static ImportRefused of(String field, String code) {
		return new ImportRefused(List.of(new FieldProblem(field, code)));
	}

	/** The row of the file where reading stopped, or 0. */
	public int row() {
		return this.row;
	}

	/** The problems. */
	public List<FieldProblem> problems() {
		return this.problems;
	}

}
