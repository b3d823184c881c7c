package org.marsad.imports.internal;

import java.util.ArrayList;
import java.util.List;

import org.marsad.imports.RowProblem;

/**
 * The rows of one household (rows sharing a household key), or a person's row alone.
 */
final class PersonGroup {

	private final String key;

	private final List<PersonSheetRow> rows = new ArrayList<>(1);

	private final List<RowProblem> problems = new ArrayList<>(0);

	PersonGroup(String key) {
		this.key = key;
	}

	void add(PersonSheetRow row) {
		this.rows.add(row);
		this.problems.addAll(row.problems());
	}

	/** The household key as written, or {@code null} for a person alone. */
	String key() {
		return this.key;
	}

	/** The rows, in sheet order. */
	List<PersonSheetRow> rows() {
		return this.rows;
	}

	/** What could not be read in its rows. */
	List<RowProblem> problems() {
		return this.problems;
	}

}
