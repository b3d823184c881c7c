package org.marsad.imports.internal;

import java.util.List;

import org.marsad.imports.RowProblem;
import org.marsad.persons.NewDocument;
import org.marsad.persons.PersonFields;

/**
 * One data row of a sheet of persons, read into what the persons API takes.
 *
 * @param number the row's number as the spreadsheet shows it
 * @param householdKey the household key, or {@code null} when the person is alone
 * @param person the person's fields, or {@code null} for an empty row
 * @param document the identity document the row gives, or {@code null}
 * @param problems what could not be read
 * @param cells the row's cells as read
 */
record PersonSheetRow(int number, String householdKey, PersonFields person, NewDocument document,
		List<RowProblem> problems, List<String> cells) {

	/** Whether the row holds no cell at all (an empty line). */
	boolean empty() {
		return this.person == null && this.problems.isEmpty();
	}

	@Override
	public String toString() {
		return "PersonSheetRow[number=" + this.number + "]";
	}

}
