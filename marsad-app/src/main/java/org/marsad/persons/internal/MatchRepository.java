package org.marsad.persons.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.marsad.persons.MatchEvidence;
import org.marsad.persons.linkage.FieldEvidence;
import org.marsad.persons.linkage.Match;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The review queue ({@code person_match}): each pair once, the smaller id first, with the
 * weight and the evidence as linkage found them.
 */
class MatchRepository {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	MatchRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Queues a pair unless it is known already, whatever its state.
	 * @return whether it was queued
	 */
	boolean queue(UUID one, UUID other, Match match, Instant at) {
		UUID a = (one.toString().compareTo(other.toString()) < 0) ? one : other;
		UUID b = a.equals(one) ? other : one;
		long known = this.jdbc.sql("SELECT COUNT(*) FROM person_match WHERE person_a = :a AND person_b = :b")
			.param("a", a)
			.param("b", b)
			.query(Long.class)
			.single();
		if (known > 0) {
			return false;
		}
		this.jdbc
			.sql("INSERT INTO person_match (id, person_a, person_b, score, decision, evidence, state, found_at) "
					+ "VALUES (:id, :a, :b, :score, :decision, :evidence, 'open', :at)")
			.param("id", UUID.randomUUID())
			.param("a", a)
			.param("b", b)
			.param("score", match.weight())
			.param("decision", match.decision().name().toLowerCase(java.util.Locale.ROOT))
			.param("evidence", JSON.writeValueAsString(evidence(match.evidence())))
			.param("at", Timestamps.toColumn(at))
			.update();
		return true;
	}

	List<Row> open(int limit) {
		return this.jdbc
			.sql("SELECT * FROM person_match WHERE state = 'open' ORDER BY score DESC, found_at LIMIT :limit")
			.param("limit", limit)
			.query(MatchRepository::row)
			.list();
	}

	List<Row> openOf(UUID personId) {
		return this.jdbc
			.sql("SELECT * FROM person_match WHERE state = 'open' AND (person_a = :id OR person_b = :id) "
					+ "ORDER BY score DESC, found_at")
			.param("id", personId)
			.query(MatchRepository::row)
			.list();
	}

	Optional<Row> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM person_match WHERE id = :id")
			.param("id", id)
			.query(MatchRepository::row)
			.optional();
	}

	/** The pair merged with this person, if any. */
	Optional<Row> mergedWith(UUID personId) {
		return this.jdbc
			.sql("SELECT * FROM person_match WHERE state = 'merged' AND (person_a = :id OR person_b = :id) "
					+ "ORDER BY resolved_at DESC LIMIT 1")
			.param("id", personId)
			.query(MatchRepository::row)
			.optional();
	}

	boolean resolve(UUID id, String from, String to, Instant at, String by) {
		return this.jdbc.sql(
				"UPDATE person_match SET state = :to, resolved_at = :at, resolved_by = :by WHERE id = :id AND state = :from")
			.param("id", id)
			.param("from", from)
			.param("to", to)
			.param("at", Timestamps.toColumn(at))
			.param("by", by)
			.update() == 1;
	}

	static List<MatchEvidence> evidence(List<FieldEvidence> found) {
		List<MatchEvidence> evidence = new ArrayList<>();
		for (FieldEvidence field : found) {
			evidence.add(new MatchEvidence(field.field().name().toLowerCase(java.util.Locale.ROOT), field.level(),
					Math.round(field.weight() * 100) / 100.0));
		}
		return evidence;
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		List<Map<String, Object>> stored = JSON.readValue(rs.getString("evidence"),
				new TypeReference<List<Map<String, Object>>>() {
				});
		List<MatchEvidence> evidence = stored.stream()
			.map((e) -> new MatchEvidence((String) e.get("field"), (String) e.get("level"),
					((Number) e.get("weight")).doubleValue()))
			.toList();
		return new Row(rs.getObject("id", UUID.class), rs.getObject("person_a", UUID.class),
				rs.getObject("person_b", UUID.class), rs.getDouble("score"), rs.getString("decision"), evidence,
				rs.getString("state"), Timestamps.read(rs, "found_at"));
	}

	/**
	 * A pair as stored.
	 */
	record Row(UUID id, UUID left, UUID right, double weight, String decision, List<MatchEvidence> evidence,
			String state, Instant foundAt) {
	}

}
