package org.marsad.events.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.marsad.events.Change;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The history of coded records in {@code coding_change}: one row per change, with who,
 * when, why and the record as it became, as JSON ({@link Contents}). Rows are only ever
 * added.
 */
class ChangeLog {

	static final String EVENT = "event";

	static final String FIGURE = "figure";

	static final String CLAIM = "claim";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String ORDER = " ORDER BY changed_at, CASE record_kind WHEN 'event' THEN 0 "
			+ "WHEN 'figure' THEN 1 ELSE 2 END, version, id";

	private final JdbcClient jdbc;

	ChangeLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records a change.
	 * @param kind {@code event}, {@code figure} or {@code claim}
	 * @param id the record
	 * @param version its version after the change
	 * @param action what was done
	 * @param reason why, or {@code null}
	 * @param content the record as it became
	 * @param at when
	 * @param by who
	 */
	void record(String kind, UUID id, int version, String action, String reason, Map<String, Object> content,
			Instant at, String by) {
		this.jdbc
			.sql("INSERT INTO coding_change (id, record_kind, record_id, version, action, reason, content, "
					+ "changed_at, changed_by) VALUES (:id, :kind, :record, :version, :action, :reason, :content, "
					+ ":at, :by)")
			.param("id", UUID.randomUUID())
			.param("kind", kind)
			.param("record", id)
			.param("version", version)
			.param("action", action)
			.param("reason", reason)
			.param("content", JSON.writeValueAsString(content))
			.param("at", Timestamps.toColumn(at))
			.param("by", by)
			.update();
	}

	/** The changes to an event, its figures and their claims, oldest first. */
	List<Change> ofEvent(UUID eventId) {
		return this.jdbc
			.sql("SELECT * FROM coding_change WHERE (record_kind = 'event' AND record_id = :id) "
					+ "OR (record_kind = 'figure' AND record_id IN (SELECT f.id FROM figure f WHERE f.event_id = :id)) "
					+ "OR (record_kind = 'claim' AND record_id IN (SELECT c.id FROM claim c JOIN figure f "
					+ "ON f.id = c.figure_id WHERE f.event_id = :id))" + ORDER)
			.param("id", eventId)
			.query(ChangeLog::change)
			.list();
	}

	/** The changes to a figure and its claims, oldest first. */
	List<Change> ofFigure(UUID figureId) {
		return this.jdbc
			.sql("SELECT * FROM coding_change WHERE (record_kind = 'figure' AND record_id = :id) "
					+ "OR (record_kind = 'claim' AND record_id IN (SELECT c.id FROM claim c WHERE c.figure_id = :id))"
					+ ORDER)
			.param("id", figureId)
			.query(ChangeLog::change)
			.list();
	}

	private static Change change(ResultSet rs, int row) throws SQLException {
		return new Change(rs.getString("record_kind"), rs.getObject("record_id", UUID.class), rs.getInt("version"),
				rs.getString("action"), rs.getString("reason"), rs.getString("content"),
				Timestamps.read(rs, "changed_at"), rs.getString("changed_by"));
	}

}
