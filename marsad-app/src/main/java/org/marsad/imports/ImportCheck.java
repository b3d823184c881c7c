package org.marsad.imports;

import java.util.List;

/**
 * The outcome of a dry run.
 *
 * @param rows the data rows read
 * @param events the events the commit would create
 * @param figures the figures the commit would create
 * @param persons the persons the commit would register
 * @param households the households the commit would register
 * @param problems what is wrong, by row and column, in file order (at most
 * {@value #MAX_PROBLEMS})
 * @param moreProblems whether more problems were found than are listed
 */
public record ImportCheck(int rows, int events, int figures, int persons, int households, List<RowProblem> problems,
		boolean moreProblems) {

	/** The most problems listed for one file. */
	public static final int MAX_PROBLEMS = 500;

	/** Whether the commit would be accepted. */
	public boolean acceptable() {
		return this.problems.isEmpty();
	}

}
