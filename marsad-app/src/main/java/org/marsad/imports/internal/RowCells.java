package org.marsad.imports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.marsad.imports.RowProblem;
import org.marsad.imports.SheetField;

/**
 * The cells of one row of a sheet and the problems found reading them, named by the
 * sheet's own row number and column name. Shared by the readings of events and of
 * persons.
 * <ul>
 * <li>a blank cell reads as nothing and is no problem (whether a field is required is the
 * reading's rule)</li>
 * <li>a cell that does not read is a problem naming its column, with the value as written
 * (cut to a length), except in a field whose cells are protected</li>
 * </ul>
 *
 * @param <F> the sheet's fields
 */
class RowCells<F extends SheetField> {

	final int number;

	final List<RowProblem> problems = new ArrayList<>(0);

	private final List<String> row;

	private final SheetColumns columns;

	private final RowReading.Messages messages;

	RowCells(int number, List<String> row, SheetColumns columns, RowReading.Messages messages) {
		this.number = number;
		this.row = row;
		this.columns = columns;
		this.messages = messages;
	}

	String cell(F field) {
		return this.columns.cell(field, this.row);
	}

	String text(F field) {
		String cell = cell(field);
		return Cells.blank(cell) ? null : cell.strip();
	}

	/**
	 * Reads a cell; a problem when it is not blank and does not read.
	 * @param field the field
	 * @param reader gives {@code null} for a cell it cannot read
	 * @param problem the message code of the problem
	 * @return the value, or {@code null} for a blank cell or one that did not read
	 */
	<T> T read(F field, Function<String, T> reader, String problem) {
		String cell = cell(field);
		if (Cells.blank(cell)) {
			return null;
		}
		T value = reader.apply(cell);
		if (value == null) {
			problem(field, problem);
		}
		return value;
	}

	void problem(F field, String code) {
		String shown = field.protectedCells() ? null : RowReading.shown(cell(field));
		this.problems.add(new RowProblem(this.number, this.columns.column(field), shown, this.messages.text(code)));
	}

}
