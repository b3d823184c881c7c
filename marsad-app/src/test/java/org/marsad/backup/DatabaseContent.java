package org.marsad.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.marsad.keys.RawTables;

/**
 * Everything a database and a data folder hold, in a form two copies can be compared by:
 * every table's rows as sorted lines of text, and every stored file by its path and
 * SHA-256.
 */
final class DatabaseContent {

	private DatabaseContent() {
	}

	/** Table name to its rows, each row a line, sorted; Flyway's history left out. */
	static Map<String, List<String>> tables(Connection connection) throws SQLException {
		Map<String, List<String>> tables = new TreeMap<>();
		for (String table : RawTables.tables(connection)) {
			if (table.equalsIgnoreCase("flyway_schema_history")) {
				continue;
			}
			List<String> rows = new ArrayList<>();
			try (Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery("SELECT * FROM " + table)) {
				ResultSetMetaData meta = rs.getMetaData();
				while (rs.next()) {
					StringBuilder row = new StringBuilder();
					for (int i = 1; i <= meta.getColumnCount(); i++) {
						row.append(meta.getColumnName(i).toLowerCase()).append('=').append(value(rs, i)).append(" | ");
					}
					rows.add(row.toString());
				}
			}
			rows.sort(null);
			tables.put(table.toLowerCase(), rows);
		}
		return tables;
	}

	/** Stored file path (relative) to its SHA-256; the temporary folder left out. */
	static Map<String, String> files(Path attachments) throws IOException {
		Map<String, String> files = new TreeMap<>();
		if (!Files.isDirectory(attachments)) {
			return files;
		}
		try (Stream<Path> paths = Files.walk(attachments)) {
			for (Path path : paths.filter(Files::isRegularFile).toList()) {
				String relative = attachments.relativize(path).toString();
				if (!relative.startsWith("tmp")) {
					files.put(relative, sha256(path));
				}
			}
		}
		return files;
	}

	private static String value(ResultSet rs, int column) throws SQLException {
		Object value = rs.getObject(column);
		if (value == null) {
			return "null";
		}
		if (value instanceof OffsetDateTime instant) {
			return instant.toInstant().toString();
		}
		if (value instanceof java.sql.Timestamp timestamp) {
			return timestamp.toInstant().toString();
		}
		if (value instanceof java.math.BigDecimal decimal) {
			return decimal.stripTrailingZeros().toPlainString();
		}
		if (value instanceof String text) {
			return text.stripTrailing();
		}
		return value.toString();
	}

	private static String sha256(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[8192];
			int read;
			while ((read = in.read(buffer)) != -1) {
				sha.update(buffer, 0, read);
			}
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
