package org.marsad.imports.internal;

import java.util.ArrayList;
import java.util.List;

import org.marsad.imports.ImportCheck;
import org.marsad.imports.RowProblem;

/**
 * What a run of a sheet has created so far and the problems it found, up to
 * {@value ImportCheck#MAX_PROBLEMS}: past that, a run stops looking.
 */
final class RunTally {

	private final List<RowProblem> problems = new ArrayList<>();

	int events;

	int figures;

	int persons;

	int households;

	private boolean more;

	void add(List<RowProblem> found) {
		for (RowProblem problem : found) {
			if (this.problems.size() >= ImportCheck.MAX_PROBLEMS) {
				this.more = true;
				return;
			}
			this.problems.add(problem);
		}
	}

	/** Whether so many problems were found that the run stops looking. */
	boolean full() {
		return this.more;
	}

	/** Whether nothing was refused. */
	boolean clean() {
		return this.problems.isEmpty();
	}

	ImportCheck check(int rows) {
		return new ImportCheck(rows, this.events, this.figures, this.persons, this.households,
				List.copyOf(this.problems), this.more);
	}

}
