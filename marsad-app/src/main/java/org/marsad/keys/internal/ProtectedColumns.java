package org.marsad.keys.internal;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The registry of protected columns ({@code protected_column}), filled by each module's
 * migrations. Names are checked to be plain lower-case SQL identifiers before they are
 * put into statements.
 */
class ProtectedColumns {

	private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	private final JdbcClient jdbc;

	ProtectedColumns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Column> all() {
		return this.jdbc
			.sql("SELECT table_name, column_name, key_columns FROM protected_column ORDER BY table_name, column_name")
			.query((rs, row) -> new Column(identifier(rs.getString("table_name")),
					identifier(rs.getString("column_name")),
					Arrays.stream(rs.getString("key_columns").split(","))
						.map(String::strip)
						.map(ProtectedColumns::identifier)
						.toList()))
			.list();
	}

	private static String identifier(String name) {
		if (name == null || !IDENTIFIER.matcher(name).matches()) {
			throw new IllegalStateException("protected_column holds a name that is not a plain identifier");
		}
		return name;
	}

	/**
	 * A protected column.
	 *
	 * @param table the table
	 * @param column the column
	 * @param keyColumns the primary key columns of the table
	 */
	record Column(String table, String column, List<String> keyColumns) {
	}

}
