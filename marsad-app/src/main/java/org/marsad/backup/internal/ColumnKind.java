package org.marsad.backup.internal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

import org.marsad.backup.ArchiveRefused;
import tools.jackson.databind.JsonNode;

/**
 * How a column's values are written in an archive, so that they read back equal on H2 and
 * on PostgreSQL: by what they are, not by how one database names its types.
 * <ul>
 * <li>booleans and integers as JSON booleans and numbers; decimals as strings (no binary
 * rounding); floating point as JSON numbers</li>
 * <li>dates, times and timestamps in ISO-8601; timestamps with time zone in UTC</li>
 * <li>UUIDs and JSON documents as strings; bytes in base64</li>
 * </ul>
 * A column of any other type stops the backup with its name, rather than being lost.
 */
enum ColumnKind {

	BOOLEAN, INTEGER, DECIMAL, FLOAT, TEXT, DATE, TIME, TIMESTAMP, TIMESTAMPTZ, BINARY, UUID, JSON;

	static ColumnKind of(int sqlType, String typeName, String where) {
		String name = (typeName != null) ? typeName.toLowerCase(Locale.ROOT) : "";
		if (name.equals("uuid")) {
			return UUID;
		}
		if (name.startsWith("json")) {
			return JSON;
		}
		if (name.equals("timestamptz") || name.equals("timestamp with time zone")) {
			return TIMESTAMPTZ;
		}
		return switch (sqlType) {
			case Types.BOOLEAN, Types.BIT -> BOOLEAN;
			case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> INTEGER;
			case Types.NUMERIC, Types.DECIMAL -> DECIMAL;
			case Types.REAL, Types.FLOAT, Types.DOUBLE -> FLOAT;
			case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR, Types.NVARCHAR,
					Types.LONGNVARCHAR, Types.NCLOB ->
				TEXT;
			case Types.DATE -> DATE;
			case Types.TIME -> TIME;
			case Types.TIMESTAMP -> TIMESTAMP;
			case Types.TIMESTAMP_WITH_TIMEZONE -> TIMESTAMPTZ;
			case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BINARY;
			default ->
				throw new ArchiveRefused("column " + where + " has type " + typeName + ", which backups cannot carry");
		};
	}

	/** The value of a column as JSON: a Boolean, Long, Double, String, or null. */
	Object read(ResultSet rs, int column) throws SQLException {
		Object value = switch (this) {
			case BOOLEAN -> rs.getBoolean(column);
			case INTEGER -> rs.getLong(column);
			case DECIMAL -> text(rs.getBigDecimal(column));
			case FLOAT -> number(rs.getDouble(column));
			case TEXT, JSON -> rs.getString(column);
			case DATE -> text(rs.getObject(column, LocalDate.class));
			case TIME -> text(rs.getObject(column, LocalTime.class));
			case TIMESTAMP -> text(rs.getObject(column, LocalDateTime.class));
			case TIMESTAMPTZ -> {
				OffsetDateTime instant = rs.getObject(column, OffsetDateTime.class);
				yield (instant != null) ? instant.withOffsetSameInstant(ZoneOffset.UTC).toString() : null;
			}
			case BINARY -> {
				byte[] bytes = rs.getBytes(column);
				yield (bytes != null) ? Base64.getEncoder().encodeToString(bytes) : null;
			}
			case UUID -> text(rs.getObject(column, java.util.UUID.class));
		};
		return rs.wasNull() ? null : value;
	}

	/** Binds a JSON value read from an archive to a statement parameter. */
	void bind(PreparedStatement statement, int parameter, JsonNode value, int sqlType) throws SQLException {
		if (value == null || value.isNull()) {
			statement.setNull(parameter, sqlType);
			return;
		}
		switch (this) {
			case BOOLEAN -> statement.setBoolean(parameter, value.booleanValue());
			case INTEGER -> statement.setLong(parameter, value.longValue());
			case DECIMAL -> statement.setBigDecimal(parameter, new BigDecimal(value.asString()));
			case FLOAT -> statement.setDouble(parameter,
					value.isNumber() ? value.doubleValue() : Double.parseDouble(value.asString()));
			case TEXT -> statement.setString(parameter, value.asString());
			case JSON -> statement.setObject(parameter, value.asString(), Types.OTHER);
			case DATE -> statement.setObject(parameter, LocalDate.parse(value.asString()));
			case TIME -> statement.setObject(parameter, LocalTime.parse(value.asString()));
			case TIMESTAMP -> statement.setObject(parameter, LocalDateTime.parse(value.asString()));
			case TIMESTAMPTZ -> statement.setObject(parameter, OffsetDateTime.parse(value.asString()));
			case BINARY -> statement.setBytes(parameter, Base64.getDecoder().decode(value.asString()));
			case UUID -> statement.setObject(parameter, java.util.UUID.fromString(value.asString()));
		}
	}

	private static Object number(double value) {
		return (Double.isNaN(value) || Double.isInfinite(value)) ? Double.toString(value) : value;
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

}
