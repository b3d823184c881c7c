package org.marsad.imports;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which column of a sheet holds which field: field codes ({@link ImportField#code()}) to
 * column names as they stand in the header row. Fields left out are empty in every row.
 *
 * @param columns field code to column name
 */
public record ColumnMapping(Map<String, String> columns) {

	public ColumnMapping {
		columns = (columns != null) ? Map.copyOf(new LinkedHashMap<>(columns)) : Map.of();
	}

	/**
	 * The column that holds a field.
	 * @param field the field
	 * @return the column name, or {@code null} when the field is not mapped
	 */
	public String column(ImportField field) {
		String column = this.columns.get(field.code());
		return (column == null || column.isBlank()) ? null : column;
	}

}
