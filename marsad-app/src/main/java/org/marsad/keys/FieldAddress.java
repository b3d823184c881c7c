package org.marsad.keys;

/**
 * Where a protected value is stored. A sealed value is bound to its address (as GCM
 * associated data), so a value copied into another row, column or table no longer opens.
 *
 * @param table the table, e.g. {@code source}
 * @param column the column, e.g. {@code contact}
 * @param rowKey the row's primary key as text (columns joined by {@code ,} when there are
 * several)
 */
public record FieldAddress(String table, String column, String rowKey) {

	/**
	 * Checks that every part is given.
	 * @param table the table
	 * @param column the column
	 * @param rowKey the row's key
	 */
	public FieldAddress {
		if (table == null || column == null || rowKey == null || table.isBlank() || column.isBlank()) {
			throw new IllegalArgumentException("table, column and row key are required");
		}
	}

	/**
	 * The address of a column in a row with a single-column key.
	 * @param table the table
	 * @param column the column
	 * @param key the key value, e.g. a UUID
	 * @return the address
	 */
	public static FieldAddress of(String table, String column, Object key) {
		return new FieldAddress(table, column, String.valueOf(key));
	}

}
