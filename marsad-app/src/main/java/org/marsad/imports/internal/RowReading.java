package org.marsad.imports.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.marsad.events.ActorInRole;
import org.marsad.events.EventFields;
import org.marsad.events.FigureFields;
import org.marsad.events.StatedValue;
import org.marsad.imports.ColumnMapping;
import org.marsad.imports.ImportField;
import org.marsad.imports.RowProblem;
import org.marsad.imports.internal.CatalogueNames.Resolution;
import org.marsad.imports.internal.Cells.DateCell;

/**
 * Reads data rows into event and figure fields through a column mapping. What cannot be
 * read becomes a {@link RowProblem} naming the row, the column as the sheet names it and
 * the cell; what can be read but breaks a rule of the record (a date in the future, low
 * above high, an unknown code) is left to the events API, whose refusals
 * {@link ImportRun} names the same way.
 */
final class RowReading {

	private static final int MAX_SHOWN_VALUE = 200;

	private final SheetColumns columns;

	private final Cells cells;

	private final CatalogueNames names;

	private final Messages messages;

	RowReading(SheetColumns columns, Cells cells, CatalogueNames names, Messages messages) {
		this.columns = columns;
		this.cells = cells;
		this.names = names;
		this.messages = messages;
	}

	SheetRow read(int number, List<String> row) {
		Reading r = new Reading(number, row);
		Map<ImportField, String> eventCells = new EnumMap<>(ImportField.class);
		for (ImportField field : SheetColumns.EVENT_FIELDS) {
			String cell = r.cell(field);
			if (!Cells.blank(cell)) {
				eventCells.put(field, cell.strip());
			}
		}
		EventFields event = eventCells.isEmpty() ? null : event(r);
		FigureFields figure = hasFigure(r) ? figure(r) : null;
		String key = r.cell(ImportField.EVENT_KEY);
		return new SheetRow(number, Cells.blank(key) ? null : key.strip(), event, eventCells, figure, r.problems, row);
	}

	private EventFields event(Reading r) {
		DateCell from = r.date(ImportField.DATE_FROM);
		DateCell to = r.date(ImportField.DATE_TO);
		String precision = Cells.code(r.cell(ImportField.DATE_PRECISION));
		if (precision == null && from != null) {
			precision = from.precision().code();
		}
		String lastDay = (to != null) ? to.to().toString() : (from != null) ? from.to().toString() : null;
		List<ActorInRole> actors = new ArrayList<>(2);
		r.actor(ImportField.ACTOR_1, "actor1", actors);
		r.actor(ImportField.ACTOR_2, "actor2", actors);
		return new EventFields(Cells.code(r.cell(ImportField.TYPE)), r.text(ImportField.SUB_TYPE),
				(from != null) ? from.from().toString() : null, lastDay, precision, r.place(),
				r.whole(ImportField.GEO_PRECISION), actors, r.text(ImportField.DESCRIPTION_AR),
				r.text(ImportField.DESCRIPTION_EN), Cells.code(r.cell(ImportField.CONFIDENTIALITY)), null);
	}

	private static boolean hasFigure(Reading r) {
		return !Cells.blank(r.cell(ImportField.FIGURE)) || !Cells.blank(r.cell(ImportField.LOW))
				|| !Cells.blank(r.cell(ImportField.HIGH));
	}

	private FigureFields figure(Reading r) {
		StatedValue value = r.value();
		DateCell from = r.date(ImportField.PERIOD_FROM);
		DateCell to = r.date(ImportField.PERIOD_TO);
		String nationality = r.text(ImportField.NATIONALITY);
		String groupActor = null;
		String groupCell = r.cell(ImportField.GROUP_ACTOR);
		if (!Cells.blank(groupCell)) {
			groupActor = r.resolved(ImportField.GROUP_ACTOR, this.names.actor(groupCell));
		}
		return new FigureFields(Cells.code(r.cell(ImportField.UNIT)), Cells.code(r.cell(ImportField.CATEGORY)),
				(nationality != null) ? nationality.toUpperCase(Locale.ROOT) : null, groupActor,
				Cells.code(r.cell(ImportField.AGE)), Cells.code(r.cell(ImportField.SEX)),
				(from != null) ? from.from().toString() : null,
				(to != null) ? to.to().toString() : (from != null) ? from.to().toString() : null,
				r.flag(ImportField.CUMULATIVE), null, "manual", value);
	}

	/** A message in the language of whoever started the import. */
	String message(String code) {
		return this.messages.text(code);
	}

	/** A row's cell of a field, cut to be shown, or {@code null}. */
	String shownCell(SheetRow row, ImportField field) {
		return shown(this.columns.cell(field, row.cells()));
	}

	static String shown(String value) {
		if (value == null) {
			return null;
		}
		return (value.length() > MAX_SHOWN_VALUE) ? value.substring(0, MAX_SHOWN_VALUE) + "…" : value;
	}

	/** The cells of one row of events and figures. */
	private final class Reading extends RowCells<ImportField> {

		Reading(int number, List<String> row) {
			super(number, row, RowReading.this.columns, RowReading.this.messages);
		}

		DateCell date(ImportField field) {
			return read(field, RowReading.this.cells::date, "import.error.date");
		}

		Integer whole(ImportField field) {
			return read(field, Cells::whole, "import.error.whole");
		}

		Boolean flag(ImportField field) {
			return read(field, Cells::flag, "import.error.flag");
		}

		BigDecimal bound(ImportField field) {
			return read(field, Cells::plainNumber, "import.error.number");
		}

		StatedValue value() {
			BigDecimal low = bound(ImportField.LOW);
			BigDecimal high = bound(ImportField.HIGH);
			String qualifier = Cells.code(cell(ImportField.QUALIFIER));
			String cell = cell(ImportField.FIGURE);
			StatedValue stated = null;
			if (!Cells.blank(cell)) {
				stated = RowReading.this.cells.number(cell);
				if (stated == null) {
					problem(ImportField.FIGURE, "import.error.number");
					return null;
				}
			}
			if (qualifier == null && low == null && high == null) {
				return stated;
			}
			BigDecimal best = (stated != null) ? stated.best() : null;
			String q = (qualifier != null) ? qualifier : (stated != null) ? stated.qualifier() : "vague";
			boolean keepBounds = qualifier == null && stated != null;
			return new StatedValue(q, (low != null) ? low : keepBounds ? stated.low() : null, best,
					(high != null) ? high : keepBounds ? stated.high() : null);
		}

		String place() {
			String cell = cell(ImportField.PLACE);
			return Cells.blank(cell) ? null : resolved(ImportField.PLACE, RowReading.this.names.place(cell));
		}

		void actor(ImportField field, String role, List<ActorInRole> actors) {
			String cell = cell(field);
			if (!Cells.blank(cell)) {
				String id = resolved(field, RowReading.this.names.actor(cell));
				if (id != null) {
					actors.add(new ActorInRole(id, role));
				}
			}
		}

		String resolved(ImportField field, Resolution resolution) {
			if (resolution.id() == null) {
				problem(field, resolution.problem());
			}
			return resolution.id();
		}

	}

	/**
	 * Message texts in the language of whoever started the import.
	 */
	@FunctionalInterface
	interface Messages {

		String text(String code);

	}

}
