package org.marsad.keys;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * Reads every character cell of every table of the current schema straight from the
 * database, as a dump would, without going through the application.
 */
public final class RawTables {

	private RawTables() {
	}

	/**
	 * Every character value in the schema, prefixed by {@code table.column: }.
	 * @param dataSource the database
	 * @return the values
	 */
	public static List<String> characterCells(DataSource dataSource) throws SQLException {
		List<String> cells = new ArrayList<>();
		try (Connection connection = dataSource.getConnection()) {
			for (String table : tables(connection)) {
				try (Statement statement = connection.createStatement();
						ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
					ResultSetMetaData meta = rows.getMetaData();
					while (rows.next()) {
						for (int i = 1; i <= meta.getColumnCount(); i++) {
							if (isCharacter(meta.getColumnType(i))) {
								String value = rows.getString(i);
								if (value != null) {
									cells.add(table + "." + meta.getColumnName(i).toLowerCase() + ": " + value);
								}
							}
						}
					}
				}
			}
		}
		return cells;
	}

	/**
	 * The tables of the current schema.
	 * @param connection a connection
	 * @return the table names
	 */
	public static List<String> tables(Connection connection) throws SQLException {
		List<String> tables = new ArrayList<>();
		DatabaseMetaData meta = connection.getMetaData();
		try (ResultSet found = meta.getTables(connection.getCatalog(), connection.getSchema(), "%",
				new String[] { "TABLE" })) {
			while (found.next()) {
				tables.add(found.getString("TABLE_NAME"));
			}
		}
		return tables;
	}

	private static boolean isCharacter(int type) {
		return type == Types.CHAR || type == Types.VARCHAR || type == Types.LONGVARCHAR || type == Types.CLOB
				|| type == Types.NCHAR || type == Types.NVARCHAR || type == Types.LONGNVARCHAR || type == Types.NCLOB;
	}

}
