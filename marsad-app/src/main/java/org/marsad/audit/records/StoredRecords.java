package org.marsad.audit.records;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.marsad.audit.Digest;

import org.springframework.jdbc.core.ColumnMapRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The stored content of a record as the audit digests it: its row and the rows that
 * belong to it, every column as stored (protected values only sealed, as they are in the
 * tables). Column names are lower-cased and child rows sorted, so that the content does
 * not depend on the database's spelling or order.
 */
class StoredRecords {

	private static final ColumnMapRowMapper COLUMNS = new ColumnMapRowMapper();

	private final JdbcClient jdbc;

	StoredRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An event with its actors and supporting reports, or {@code null} when absent. */
	Map<String, Object> event(Object id) {
		return content(id, "event", Map.of("actors", "event_actor", "reports", "event_report"), "event_id");
	}

	/** A figure with its claims, or {@code null} when absent. */
	Map<String, Object> figure(Object id) {
		return content(id, "figure", Map.of("claims", "claim"), "figure_id");
	}

	/** A report's row (its status after coding), or {@code null} when absent. */
	Map<String, Object> report(Object id) {
		return content(id, "report", Map.of(), null);
	}

	/** A place with its aliases, or {@code null} when absent. */
	Map<String, Object> place(String id) {
		return content(id, "place", Map.of("aliases", "place_alias"), "place_id");
	}

	/** An actor with its aliases, or {@code null} when absent. */
	Map<String, Object> actor(String id) {
		return content(id, "actor", Map.of("aliases", "actor_alias"), "actor_id");
	}

	/** A tally's definition with its criteria, or {@code null} when absent. */
	Map<String, Object> tally(Object id) {
		return content(id, "tally", Map.of("criteria", "tally_criterion"), "tally_id");
	}

	/**
	 * A tally snapshot with its frozen figures and claims, or {@code null} when absent.
	 */
	Map<String, Object> snapshot(Object id) {
		return content(id, "tally_snapshot",
				Map.of("figures", "tally_snapshot_figure", "claims", "tally_snapshot_claim"), "snapshot_id");
	}

	private Map<String, Object> content(Object id, String table, Map<String, String> children, String parentColumn) {
		List<Map<String, Object>> row = rows(table, "id", id);
		if (row.isEmpty()) {
			return null;
		}
		Map<String, Object> content = new TreeMap<>();
		content.put(table, row.get(0));
		children.forEach((name, child) -> content.put(name, rows(child, parentColumn, id)));
		return content;
	}

	/** The tables and columns are this class's constants, never input. */
	private List<Map<String, Object>> rows(String table, String column, Object id) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Map<String, Object> row : this.jdbc.sql("SELECT * FROM " + table + " WHERE " + column + " = :id")
			.param("id", id)
			.query(COLUMNS)
			.list()) {
			rows.add(normalised(row));
		}
		rows.sort(Comparator.comparing((Map<String, Object> each) -> Digest.of(each).hex()));
		return rows;
	}

	private static Map<String, Object> normalised(Map<String, Object> row) {
		Map<String, Object> normalised = new LinkedHashMap<>();
		row.forEach((column, value) -> normalised.put(column.toLowerCase(Locale.ROOT), value(value)));
		return normalised;
	}

	private static Object value(Object value) {
		if (value instanceof byte[] bytes) {
			return HexFormat.of().formatHex(bytes);
		}
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant();
		}
		if (value instanceof OffsetDateTime time) {
			return time.toInstant();
		}
		return value;
	}

}
