package org.marsad.imports.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.marsad.events.EventFields;
import org.marsad.imports.ImportField;
import org.marsad.imports.RowProblem;

/**
 * The rows of one event: the first row that describes the event gives its fields; every
 * later row may repeat them or leave them empty, and a row that says otherwise is refused
 * («differs from row 12»).
 */
final class EventGroup {

	private final List<SheetRow> rows = new ArrayList<>(1);

	private final List<RowProblem> problems = new ArrayList<>(0);

	private SheetRow described;

	private final Map<ImportField, String> cells = new EnumMap<>(ImportField.class);

	void add(SheetRow row, SheetColumns columns, RowReading.Messages messages) {
		this.rows.add(row);
		this.problems.addAll(row.problems());
		if (row.event() == null) {
			return;
		}
		if (this.described == null) {
			this.described = row;
			this.cells.putAll(row.eventCells());
			return;
		}
		for (Map.Entry<ImportField, String> cell : row.eventCells().entrySet()) {
			String first = this.cells.get(cell.getKey());
			if (!cell.getValue().equals(first)) {
				this.problems
					.add(new RowProblem(row.number(), columns.column(cell.getKey()), RowReading.shown(cell.getValue()),
							messages.text("import.error.eventDiffers") + " " + this.described.number()));
			}
		}
	}

	/** The rows, in sheet order. */
	List<SheetRow> rows() {
		return this.rows;
	}

	/** The event's fields, or {@code null} when no row describes the event. */
	EventFields event() {
		return (this.described != null) ? this.described.event() : null;
	}

	/** The row that describes the event, or the first row. */
	SheetRow eventRow() {
		return (this.described != null) ? this.described : this.rows.get(0);
	}

	/** What is wrong with the rows before the events API sees them. */
	List<RowProblem> problems() {
		return this.problems;
	}

}
