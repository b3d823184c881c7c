package org.marsad.backup.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.marsad.backup.ArchiveRefused;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Inserts the rows of one table entry into the restored database, by column name and by
 * the kind of the column in this database.
 * <ul>
 * <li>a table or column the archive has and this schema lacks stops the restore</li>
 * <li>nullable columns that refer to the table's own rows are inserted empty and filled
 * in after all rows are there</li>
 * <li>rows go in batches of {@value #BATCH}</li>
 * </ul>
 */
final class TableImport {

	private static final int BATCH = 500;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private TableImport() {
	}

	/**
	 * Loads a table entry.
	 * @param connection the connection of the restoring transaction
	 * @param tables the tables of the restored schema, by lower-case name
	 * @param content the entry
	 * @param h2 whether the database is H2
	 * @return how many rows were inserted
	 */
	static long load(Connection connection, Map<String, Schema.Table> tables, InputStream content, boolean h2)
			throws IOException, SQLException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8));
		JsonNode head = parse(reader.readLine(), "a table entry has no header");
		String name = head.path("table").asString();
		Schema.Table table = tables.get(name.toLowerCase(Locale.ROOT));
		if (table == null) {
			throw new ArchiveRefused("the archive holds table " + name + ", which this schema does not have");
		}
		List<Schema.Column> columns = new ArrayList<>();
		for (JsonNode column : head.path("columns")) {
			Schema.Column target = table.column(column.path("name").asString());
			if (target == null) {
				throw new ArchiveRefused("the archive holds column " + name + "." + column.path("name").asString()
						+ ", which this schema does not have");
			}
			columns.add(target);
		}
		List<Integer> deferred = deferred(table, columns);
		List<JsonNode> later = new ArrayList<>();
		long rows = 0;
		try (PreparedStatement insert = connection.prepareStatement(insert(table, columns, h2))) {
			String line;
			while ((line = reader.readLine()) != null) {
				JsonNode row = parse(line, "a row of table " + name + " is damaged");
				for (int i = 0; i < columns.size(); i++) {
					Schema.Column column = columns.get(i);
					JsonNode value = deferred.contains(i) ? null : row.get(i);
					column.kind().bind(insert, i + 1, value, column.sqlType());
				}
				insert.addBatch();
				if (!deferred.isEmpty()) {
					later.add(row);
				}
				if (++rows % BATCH == 0) {
					insert.executeBatch();
				}
			}
			insert.executeBatch();
		}
		fillIn(connection, table, columns, deferred, later);
		renumber(connection, table, h2);
		return rows;
	}

	private static List<Integer> deferred(Schema.Table table, List<Schema.Column> columns) {
		List<Integer> deferred = new ArrayList<>();
		for (int i = 0; i < columns.size(); i++) {
			Schema.Column column = columns.get(i);
			boolean selfReference = table.selfReferences()
				.stream()
				.anyMatch((reference) -> reference.equalsIgnoreCase(column.name()));
			if (selfReference && column.nullable()) {
				deferred.add(i);
			}
		}
		return deferred;
	}

	private static void fillIn(Connection connection, Schema.Table table, List<Schema.Column> columns,
			List<Integer> deferred, List<JsonNode> rows) throws SQLException {
		if (deferred.isEmpty() || rows.isEmpty()) {
			return;
		}
		List<Integer> keys = new ArrayList<>();
		for (String key : table.primaryKey()) {
			for (int i = 0; i < columns.size(); i++) {
				if (columns.get(i).name().equalsIgnoreCase(key)) {
					keys.add(i);
				}
			}
		}
		String sql = "UPDATE " + Schema.quote(table.name()) + " SET "
				+ String.join(", ", deferred.stream().map((i) -> Schema.quote(columns.get(i).name()) + " = ?").toList())
				+ " WHERE "
				+ String.join(" AND ", keys.stream().map((i) -> Schema.quote(columns.get(i).name()) + " = ?").toList());
		try (PreparedStatement update = connection.prepareStatement(sql)) {
			for (JsonNode row : rows) {
				int parameter = 1;
				for (int i : deferred) {
					columns.get(i).kind().bind(update, parameter++, row.get(i), columns.get(i).sqlType());
				}
				for (int i : keys) {
					columns.get(i).kind().bind(update, parameter++, row.get(i), columns.get(i).sqlType());
				}
				update.addBatch();
			}
			update.executeBatch();
		}
	}

	/** Moves the numbering of generated columns past the restored values. */
	private static void renumber(Connection connection, Schema.Table table, boolean h2) throws SQLException {
		for (Schema.Column column : table.columns()) {
			if (!column.generated()) {
				continue;
			}
			long max;
			try (Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(" + Schema.quote(column.name())
							+ "), 0) FROM " + Schema.quote(table.name()))) {
				rs.next();
				max = rs.getLong(1);
			}
			try (Statement statement = connection.createStatement()) {
				if (h2) {
					statement.execute("ALTER TABLE " + Schema.quote(table.name()) + " ALTER COLUMN "
							+ Schema.quote(column.name()) + " RESTART WITH " + (max + 1));
				}
				else if (max > 0) {
					statement.execute("SELECT setval(pg_get_serial_sequence('" + Schema.quote(table.name()) + "', '"
							+ column.name() + "'), " + max + ")");
				}
			}
		}
	}

	private static String insert(Schema.Table table, List<Schema.Column> columns, boolean h2) {
		return "INSERT INTO " + Schema.quote(table.name()) + " ("
				+ String.join(", ", columns.stream().map((c) -> Schema.quote(c.name())).toList()) + ") VALUES ("
				+ String.join(", ",
						columns.stream()
							.map((c) -> (h2 && c.kind() == ColumnKind.JSON) ? "? FORMAT JSON" : "?")
							.toList())
				+ ")";
	}

	private static JsonNode parse(String line, String problem) {
		if (line == null) {
			throw new ArchiveRefused(problem);
		}
		try {
			return JSON.readTree(line);
		}
		catch (JacksonException ex) {
			throw new ArchiveRefused(problem);
		}
	}

}
