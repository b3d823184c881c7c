package org.marsad.backup.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.marsad.backup.ArchiveRefused;

/**
 * The tables of the current schema as the database describes them: columns with their
 * kinds, primary keys, and the order in which rows can be inserted without breaking a
 * foreign key. Nothing here names a table: whatever the migrations created is found.
 * <ul>
 * <li>Flyway's history table is left out: a restore recreates the schema with the
 * migrations themselves</li>
 * <li>a foreign key from a table to itself (an event's parent event) is filled in after
 * the rows are inserted</li>
 * </ul>
 */
final class Schema {

	static final String HISTORY = "flyway_schema_history";

	private Schema() {
	}

	/**
	 * The tables in insertion order.
	 * @param connection a connection to the database
	 * @return the tables
	 */
	static List<Table> read(Connection connection) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		String catalog = connection.getCatalog();
		String schema = connection.getSchema();
		if (schema == null) {
			throw new ArchiveRefused("the database's current schema does not exist");
		}
		Map<String, Table> tables = new TreeMap<>();
		for (String name : names(meta, catalog, schema)) {
			tables.put(name, table(meta, catalog, schema, name));
		}
		return ordered(tables);
	}

	/**
	 * Whether the current schema holds no table. A schema that does not exist yet (a
	 * PostgreSQL search path naming a schema the migrations will create) is empty.
	 */
	static boolean isEmpty(Connection connection) throws SQLException {
		if (connection.getSchema() == null) {
			return true;
		}
		return names(connection.getMetaData(), connection.getCatalog(), connection.getSchema()).isEmpty()
				&& !hasHistory(connection);
	}

	static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	private static boolean hasHistory(Connection connection) throws SQLException {
		try (ResultSet found = connection.getMetaData()
			.getTables(connection.getCatalog(), connection.getSchema(), HISTORY, new String[] { "TABLE" })) {
			return found.next();
		}
	}

	private static List<String> names(DatabaseMetaData meta, String catalog, String schema) throws SQLException {
		List<String> names = new ArrayList<>();
		try (ResultSet found = meta.getTables(catalog, schema, "%", new String[] { "TABLE" })) {
			while (found.next()) {
				String name = found.getString("TABLE_NAME");
				if (!HISTORY.equalsIgnoreCase(name)) {
					names.add(name);
				}
			}
		}
		return names;
	}

	private static Table table(DatabaseMetaData meta, String catalog, String schema, String name) throws SQLException {
		List<Column> columns = new ArrayList<>();
		try (ResultSet found = meta.getColumns(catalog, schema, name, "%")) {
			while (found.next()) {
				String column = found.getString("COLUMN_NAME");
				columns.add(new Column(column, found.getInt("DATA_TYPE"),
						ColumnKind.of(found.getInt("DATA_TYPE"), found.getString("TYPE_NAME"), name + "." + column),
						found.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
						"YES".equalsIgnoreCase(found.getString("IS_AUTOINCREMENT"))));
			}
		}
		Map<Short, String> keys = new TreeMap<>();
		try (ResultSet found = meta.getPrimaryKeys(catalog, schema, name)) {
			while (found.next()) {
				keys.put(found.getShort("KEY_SEQ"), found.getString("COLUMN_NAME"));
			}
		}
		Set<String> references = new LinkedHashSet<>();
		Set<String> selfReferences = new LinkedHashSet<>();
		try (ResultSet found = meta.getImportedKeys(catalog, schema, name)) {
			while (found.next()) {
				String referenced = found.getString("PKTABLE_NAME");
				if (referenced.equalsIgnoreCase(name)) {
					selfReferences.add(found.getString("FKCOLUMN_NAME"));
				}
				else {
					references.add(referenced.toLowerCase(Locale.ROOT));
				}
			}
		}
		return new Table(name, List.copyOf(columns), List.copyOf(keys.values()), Set.copyOf(references),
				Set.copyOf(selfReferences));
	}

	/** Orders tables so that every table comes after the tables it refers to. */
	private static List<Table> ordered(Map<String, Table> tables) {
		Map<String, Table> left = new LinkedHashMap<>();
		tables.values().forEach((table) -> left.put(table.name().toLowerCase(Locale.ROOT), table));
		List<Table> ordered = new ArrayList<>();
		Set<String> placed = new LinkedHashSet<>();
		while (!left.isEmpty()) {
			Table next = left.values()
				.stream()
				.filter((table) -> table.references()
					.stream()
					.allMatch((reference) -> placed.contains(reference) || !left.containsKey(reference)))
				.findFirst()
				.orElseThrow(() -> new ArchiveRefused("the foreign keys of tables " + left.keySet() + " form a cycle"));
			ordered.add(next);
			placed.add(next.name().toLowerCase(Locale.ROOT));
			left.remove(next.name().toLowerCase(Locale.ROOT));
		}
		return List.copyOf(ordered);
	}

	/**
	 * A table.
	 *
	 * @param name its name as the database spells it
	 * @param columns its columns in order
	 * @param primaryKey its primary key columns
	 * @param references the tables its foreign keys refer to (lower case)
	 * @param selfReferences its columns that refer to its own rows
	 */
	record Table(String name, List<Column> columns, List<String> primaryKey, Set<String> references,
			Set<String> selfReferences) {

		/** The query that reads it, in primary key order when it has one. */
		String select() {
			String select = "SELECT " + String.join(", ", this.columns.stream().map((c) -> quote(c.name())).toList())
					+ " FROM " + quote(this.name);
			return this.primaryKey.isEmpty() ? select
					: select + " ORDER BY " + String.join(", ", this.primaryKey.stream().map(Schema::quote).toList());
		}

		Column column(String name) {
			return this.columns.stream()
				.filter((column) -> column.name().equalsIgnoreCase(name))
				.findFirst()
				.orElse(null);
		}

	}

	/**
	 * A column.
	 *
	 * @param name its name
	 * @param sqlType its JDBC type
	 * @param kind how it is written in archives
	 * @param nullable whether it may be null
	 * @param generated whether the database numbers it (identity or serial)
	 */
	record Column(String name, int sqlType, ColumnKind kind, boolean nullable, boolean generated) {
	}

}
