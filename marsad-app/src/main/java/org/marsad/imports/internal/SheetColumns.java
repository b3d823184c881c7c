package org.marsad.imports.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.marsad.catalogue.NameKeys;
import org.marsad.imports.ColumnMapping;
import org.marsad.imports.ImportField;
import org.marsad.imports.ImportKind;
import org.marsad.imports.ImportRefused;
import org.marsad.imports.PersonField;
import org.marsad.imports.SheetField;
import org.marsad.intake.FieldProblem;

/**
 * The header row of a sheet and which column holds which field.
 * <ul>
 * <li>Header names are kept as written, with runs of white space (line breaks in a
 * spreadsheet cell too) made one space; trailing empty header cells are dropped; an empty
 * header cell between named ones is called {@code #N}, its column number.</li>
 * <li>Two columns with the same name are refused: a mapping could not tell them
 * apart.</li>
 * <li>A mapping names the kind of the sheet (events or persons); it may name only fields
 * of that kind and columns of the header, each for one field at most, and must map every
 * required field of the kind.</li>
 * <li>The kind proposed for a header is persons when it has a full-name column and more
 * of its columns are named as person fields than as event fields.</li>
 * </ul>
 */
final class SheetColumns {

	/** The fields that describe an event rather than one of its figures. */
	static final Set<ImportField> EVENT_FIELDS = EnumSet.of(ImportField.TYPE, ImportField.SUB_TYPE,
			ImportField.DATE_FROM, ImportField.DATE_TO, ImportField.DATE_PRECISION, ImportField.PLACE,
			ImportField.GEO_PRECISION, ImportField.ACTOR_1, ImportField.ACTOR_2, ImportField.DESCRIPTION_AR,
			ImportField.DESCRIPTION_EN, ImportField.CONFIDENTIALITY);

	static final int MAX_COLUMNS = 500;

	private final ImportKind kind;

	private final List<String> names;

	private final Map<SheetField, Integer> positions;

	private SheetColumns(ImportKind kind, List<String> names, Map<SheetField, Integer> positions) {
		this.kind = kind;
		this.names = names;
		this.positions = positions;
	}

	/**
	 * Reads a header row.
	 * @param header the header cells
	 * @return the column names
	 * @throws SheetUnreadable for a header without names, with repeated names or too many
	 * columns
	 */
	static List<String> header(List<String> header) {
		int last = header.size() - 1;
		while (last >= 0 && Cells.blank(header.get(last))) {
			last--;
		}
		if (last < 0) {
			throw new SheetUnreadable("import.error.noHeader", 1);
		}
		if (last >= MAX_COLUMNS) {
			throw new SheetUnreadable("import.error.tooManyColumns", 1);
		}
		List<String> names = new ArrayList<>(last + 1);
		Set<String> seen = new HashSet<>();
		for (int i = 0; i <= last; i++) {
			String cell = header.get(i);
			String name = Cells.blank(cell) ? "#" + (i + 1) : cell.strip().replaceAll("\\s+", " ");
			if (!seen.add(name)) {
				throw new SheetUnreadable("import.error.duplicateColumn", 1);
			}
			names.add(name);
		}
		return List.copyOf(names);
	}

	/**
	 * Checks a mapping against the header.
	 * @param names the column names
	 * @param mapping the mapping
	 * @return the columns with the position of each mapped field
	 * @throws ImportRefused naming {@code mapping.<field>} for an unknown field or
	 * column, a column mapped twice, or a required field left out
	 */
	static SheetColumns of(List<String> names, ColumnMapping mapping) {
		ImportKind kind = ImportKind.ofCode(mapping.kind());
		if (kind == null) {
			throw ImportRefused.of("mapping.kind", "import.error.unknownKind");
		}
		List<FieldProblem> problems = new ArrayList<>();
		Map<SheetField, Integer> positions = new HashMap<>();
		Map<String, SheetField> used = new HashMap<>();
		for (Map.Entry<String, String> entry : mapping.columns().entrySet()) {
			SheetField field = kind.field(entry.getKey());
			String column = entry.getValue();
			if (field == null) {
				problems.add(new FieldProblem("mapping." + entry.getKey(), "import.error.unknownField"));
				continue;
			}
			if (column == null || column.isBlank()) {
				continue;
			}
			int position = names.indexOf(column);
			if (position < 0) {
				problems.add(new FieldProblem("mapping." + field.code(), "import.error.unknownColumn"));
			}
			else if (used.putIfAbsent(column, field) != null) {
				problems.add(new FieldProblem("mapping." + field.code(), "import.error.columnTwice"));
			}
			else {
				positions.put(field, position);
			}
		}
		for (SheetField field : kind.fields()) {
			if (field.required() && !positions.containsKey(field) && mapping.column(field) == null) {
				problems.add(new FieldProblem("mapping." + field.code(), "import.error.fieldRequired"));
			}
		}
		if (!problems.isEmpty()) {
			throw new ImportRefused(problems);
		}
		return new SheetColumns(kind, names, positions);
	}

	/**
	 * The mapping proposed for a header: its kind, and each field takes the first column
	 * whose name is one of its {@link SheetField#headers()}, compared by
	 * {@link NameKeys}.
	 * @param names the column names
	 * @return the proposed mapping
	 */
	static ColumnMapping suggest(List<String> names) {
		ColumnMapping persons = suggest(names, ImportKind.PERSONS);
		ColumnMapping events = suggest(names, ImportKind.EVENTS);
		boolean named = persons.column(PersonField.FULL_NAME) != null;
		return (named && persons.columns().size() > events.columns().size()) ? persons : events;
	}

	/**
	 * The mapping proposed for a header as a sheet of one kind.
	 * @param names the column names
	 * @param kind what the sheet holds
	 * @return the proposed mapping
	 */
	static ColumnMapping suggest(List<String> names, ImportKind kind) {
		Map<String, String> byKey = new LinkedHashMap<>();
		for (String name : names) {
			byKey.putIfAbsent(NameKeys.of(name), name);
		}
		Map<String, String> mapping = new LinkedHashMap<>();
		Set<String> taken = new HashSet<>();
		for (SheetField field : kind.fields()) {
			for (String header : field.headers()) {
				String column = byKey.get(NameKeys.of(header));
				if (column != null && taken.add(column)) {
					mapping.put(field.code(), column);
					break;
				}
			}
		}
		return new ColumnMapping(mapping, kind.code());
	}

	/** What the sheet holds. */
	ImportKind kind() {
		return this.kind;
	}

	/** The cell of a field in a row, or {@code null} when the field is not mapped. */
	String cell(SheetField field, List<String> row) {
		Integer position = this.positions.get(field);
		if (position == null || position >= row.size()) {
			return null;
		}
		return row.get(position);
	}

	/** The column name a field is read from, or {@code null}. */
	String column(SheetField field) {
		Integer position = this.positions.get(field);
		return (position != null) ? this.names.get(position) : null;
	}

	/** Whether a field is mapped. */
	boolean maps(SheetField field) {
		return this.positions.containsKey(field);
	}

}
