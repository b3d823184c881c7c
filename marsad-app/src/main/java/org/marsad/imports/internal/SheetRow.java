package org.marsad.imports.internal;

import java.util.List;
import java.util.Map;

import org.marsad.events.EventFields;
import org.marsad.events.FigureFields;
import org.marsad.imports.ImportField;
import org.marsad.imports.RowProblem;

/**
 * One data row of a sheet, read into what the events API takes.
 *
 * @param number the row's number as the spreadsheet shows it
 * @param key the event key, or {@code null} when the row is an event of its own
 * @param event the event's fields as this row gives them
 * @param eventCells the event cells as written, to compare the rows of one event
 * @param figure the figure this row adds, or {@code null}
 * @param problems what could not be read
 * @param cells the row's cells as read
 */
record SheetRow(int number, String key, EventFields event, Map<ImportField, String> eventCells, FigureFields figure,
		List<RowProblem> problems, List<String> cells) {

	/** Whether the row holds no cell at all (an empty line). */
	boolean empty() {
		return this.eventCells.isEmpty() && this.figure == null && this.problems.isEmpty() && this.key == null;
	}

}
