package org.marsad.imports;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a sheet holds and which column holds which field: field codes
 * ({@link SheetField#code()}) to column names as they stand in the header row. Fields
 * left out are empty in every row.
 *
 * @param columns field code to column name
 * @param kind an {@link ImportKind} code; {@code events} when empty
 */
public record ColumnMapping(Map<String, String> columns, String kind) {

	public ColumnMapping {
		columns = (columns != null) ? Map.copyOf(new LinkedHashMap<>(columns)) : Map.of();
		kind = (kind == null || kind.isBlank()) ? ImportKind.EVENTS.code() : kind.strip();
	}

	/**
	 * A mapping of events and figures.
	 * @param columns field code to column name
	 */
	public ColumnMapping(Map<String, String> columns) {
		this(columns, null);
	}

	/**
	 * The column that holds a field.
	 * @param field the field
	 * @return the column name, or {@code null} when the field is not mapped
	 */
	public String column(SheetField field) {
		String column = this.columns.get(field.code());
		return (column == null || column.isBlank()) ? null : column;
	}

}
