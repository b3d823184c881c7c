package org.marsad.tallies.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.marsad.tallies.Dimension;
import org.marsad.tallies.Granularity;
import org.marsad.tallies.Tally;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stores tally definitions in {@code tally} and their list filters in
 * {@code tally_criterion}, and looks up the place and actor ids they name.
 */
class TallyRepository {

	private static final String ACTOR = "actor";

	private static final String NATIONALITY = "nationality";

	private static final String GROUP_ACTOR = "group_actor";

	private static final String AGE_GROUP = "age_group";

	private static final String SEX = "sex";

	private static final String EVENT_TYPE = "event_type";

	private final JdbcClient jdbc;

	TallyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Tally tally) {
		this.jdbc
			.sql("INSERT INTO tally (id, name, unit, category, period_from, period_to, place_id, minimum_status, "
					+ "breakdowns, granularity, pinned, version, created_at, created_by, updated_at, updated_by) "
					+ "VALUES (:id, :name, :unit, :category, :from, :to, :place, :status, :breakdowns, :granularity, "
					+ ":pinned, :version, :at, :by, :at, :by)")
			.params(columns(tally))
			.update();
		insertCriteria(tally);
	}

	/**
	 * Replaces a definition, only if no one else changed it first.
	 * @return whether it was replaced
	 */
	boolean update(Tally tally) {
		int updated = this.jdbc
			.sql("UPDATE tally SET name = :name, unit = :unit, category = :category, period_from = :from, "
					+ "period_to = :to, place_id = :place, minimum_status = :status, breakdowns = :breakdowns, "
					+ "granularity = :granularity, pinned = :pinned, version = :version, updated_at = :at, "
					+ "updated_by = :by WHERE id = :id AND version = :previous")
			.params(columns(tally))
			.param("previous", tally.version() - 1)
			.update();
		if (updated == 0) {
			return false;
		}
		this.jdbc.sql("DELETE FROM tally_criterion WHERE tally_id = :id").param("id", tally.id()).update();
		insertCriteria(tally);
		return true;
	}

	Optional<Tally> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM tally WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> read(rs, criteria(id)))
			.optional();
	}

	List<Tally> all() {
		return this.jdbc.sql("SELECT * FROM tally ORDER BY pinned DESC, name, id")
			.query((rs, n) -> read(rs, criteria(rs.getObject("id", UUID.class))))
			.list();
	}

	List<Tally> pinned() {
		return this.jdbc.sql("SELECT * FROM tally WHERE pinned = TRUE ORDER BY name, id")
			.query((rs, n) -> read(rs, criteria(rs.getObject("id", UUID.class))))
			.list();
	}

	boolean placeExists(String id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM place WHERE id = :id")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	boolean actorExists(String id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM actor WHERE id = :id")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	private Map<String, Object> columns(Tally tally) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", tally.id());
		params.put("name", tally.name());
		params.put("unit", tally.unit());
		params.put("category", tally.category());
		params.put("from", tally.from());
		params.put("to", tally.to());
		params.put("place", tally.place());
		params.put("status", tally.minimumStatus());
		params.put("breakdowns", String.join(",", tally.breakdowns().stream().map(Dimension::code).toList()));
		params.put("granularity", tally.period().code());
		params.put("pinned", tally.pinned());
		params.put("version", tally.version());
		params.put("at", OffsetDateTime.ofInstant(tally.updatedAt(), ZoneOffset.UTC));
		params.put("by", tally.updatedBy());
		return params;
	}

	private void insertCriteria(Tally tally) {
		insert(tally.id(), ACTOR, tally.actors());
		insert(tally.id(), NATIONALITY, tally.nationalities());
		insert(tally.id(), GROUP_ACTOR, tally.groupActors());
		insert(tally.id(), AGE_GROUP, tally.ageGroups());
		insert(tally.id(), SEX, tally.sexes());
		insert(tally.id(), EVENT_TYPE, tally.eventTypes());
	}

	private void insert(UUID id, String kind, List<String> values) {
		for (String value : values) {
			this.jdbc.sql("INSERT INTO tally_criterion (tally_id, kind, val) VALUES (:id, :kind, :value)")
				.param("id", id)
				.param("kind", kind)
				.param("value", value)
				.update();
		}
	}

	private Map<String, List<String>> criteria(UUID id) {
		Map<String, List<String>> byKind = new HashMap<>();
		this.jdbc.sql("SELECT kind, val FROM tally_criterion WHERE tally_id = :id ORDER BY kind, val")
			.param("id", id)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.forEach((e) -> byKind.computeIfAbsent(e.getKey(), (k) -> new ArrayList<>()).add(e.getValue()));
		return byKind;
	}

	private static Tally read(ResultSet rs, Map<String, List<String>> criteria) throws SQLException {
		String breakdowns = rs.getString("breakdowns");
		List<Dimension> dimensions = breakdowns.isEmpty() ? List.of()
				: Arrays.stream(breakdowns.split(",")).map(Dimension::ofCode).toList();
		return new Tally(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("unit"),
				rs.getString("category"), rs.getObject("period_from", LocalDate.class),
				rs.getObject("period_to", LocalDate.class), rs.getString("place_id"), list(criteria, ACTOR),
				list(criteria, NATIONALITY), list(criteria, GROUP_ACTOR), list(criteria, AGE_GROUP),
				list(criteria, SEX), list(criteria, EVENT_TYPE), rs.getString("minimum_status"), dimensions,
				Granularity.ofCode(rs.getString("granularity")), rs.getBoolean("pinned"), rs.getInt("version"),
				instant(rs, "updated_at"), rs.getString("updated_by"));
	}

	private static List<String> list(Map<String, List<String>> criteria, String kind) {
		return List.copyOf(criteria.getOrDefault(kind, List.of()));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
