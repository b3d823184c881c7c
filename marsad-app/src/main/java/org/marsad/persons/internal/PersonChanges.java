package org.marsad.persons.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.marsad.persons.PersonChange;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The history of persons in {@code person_change}: one row per change, with who, when,
 * why and the record as it became, as JSON. Rows are only ever added. Document numbers
 * never enter it: the content holds the masked form only.
 */
class PersonChanges {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	PersonChanges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(UUID personId, int version, String action, String reason, Map<String, Object> content, Instant at,
			String by) {
		this.jdbc
			.sql("INSERT INTO person_change (id, person_id, version, action, reason, content, changed_at, changed_by) "
					+ "VALUES (:id, :person, :version, :action, :reason, :content, :at, :by)")
			.param("id", UUID.randomUUID())
			.param("person", personId)
			.param("version", version)
			.param("action", action)
			.param("reason", reason)
			.param("content", JSON.writeValueAsString(content))
			.param("at", Timestamps.toColumn(at))
			.param("by", by)
			.update();
	}

	List<PersonChange> of(UUID personId) {
		return this.jdbc.sql("SELECT * FROM person_change WHERE person_id = :person ORDER BY changed_at, version, id")
			.param("person", personId)
			.query((rs, n) -> new PersonChange(rs.getInt("version"), rs.getString("action"), rs.getString("reason"),
					rs.getString("content"), Timestamps.read(rs, "changed_at"), rs.getString("changed_by")))
			.list();
	}

}
