package org.marsad.events.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.marsad.events.Figure;
import org.marsad.events.FigureGroup;
import org.marsad.events.FigureValue;
import org.marsad.events.ValueRule;
import org.marsad.text.vocabulary.AgeGroup;
import org.marsad.text.vocabulary.FigureCategory;
import org.marsad.text.vocabulary.FigureUnit;
import org.marsad.text.vocabulary.Qualifier;
import org.marsad.text.vocabulary.Sex;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stores figures in {@code figure}, with their current value beside them so that tallies
 * read no claims. Changes are conditional on the version they were made on, and raise it
 * by one.
 */
class FigureRepository {

	private final JdbcClient jdbc;

	FigureRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, UUID eventId, CheckedFigure figure, FigureValue value, Instant at, String by) {
		this.jdbc
			.sql("INSERT INTO figure (id, event_id, unit, category, nationality, group_actor, age_group, sex, "
					+ "period_from, period_to, cumulative, part_of, value_rule, qualifier, low, best, high, version, "
					+ "voided, created_at, created_by, updated_at, updated_by) VALUES (:id, :event, :unit, :category, "
					+ ":nationality, :actor, :age, :sex, :from, :to, :cumulative, :partOf, :rule, :qualifier, :low, "
					+ ":best, :high, 1, FALSE, :at, :by, :at, :by)")
			.params(fields(figure))
			.params(value(value))
			.param("id", id)
			.param("event", eventId)
			.param("at", Timestamps.toColumn(at))
			.param("by", by)
			.update();
	}

	/** Changes the fields and value, if the figure is at the expected version. */
	boolean update(UUID id, int expected, CheckedFigure figure, FigureValue value, Instant at, String by) {
		return this.jdbc
			.sql("UPDATE figure SET unit = :unit, category = :category, nationality = :nationality, "
					+ "group_actor = :actor, age_group = :age, sex = :sex, period_from = :from, period_to = :to, "
					+ "cumulative = :cumulative, part_of = :partOf, value_rule = :rule, qualifier = :qualifier, "
					+ "low = :low, best = :best, high = :high, version = version + 1, updated_at = :at, "
					+ "updated_by = :by WHERE id = :id AND version = :expected AND voided = FALSE")
			.params(fields(figure))
			.params(value(value))
			.param("id", id)
			.param("expected", expected)
			.param("at", Timestamps.toColumn(at))
			.param("by", by)
			.update() == 1;
	}

	/** Sets the current value after its claims changed, raising the version. */
	void setValue(UUID id, FigureValue value, Instant at, String by) {
		this.jdbc
			.sql("UPDATE figure SET qualifier = :qualifier, low = :low, best = :best, high = :high, "
					+ "version = version + 1, updated_at = :at, updated_by = :by WHERE id = :id")
			.params(value(value))
			.param("id", id)
			.param("at", Timestamps.toColumn(at))
			.param("by", by)
			.update();
	}

	boolean voidFigure(UUID id, int expected, String reason, Instant at, String by) {
		return this.jdbc
			.sql("UPDATE figure SET voided = TRUE, void_reason = :reason, version = version + 1, updated_at = :at, "
					+ "updated_by = :by WHERE id = :id AND version = :expected AND voided = FALSE")
			.param("reason", reason)
			.param("id", id)
			.param("expected", expected)
			.param("at", Timestamps.toColumn(at))
			.param("by", by)
			.update() == 1;
	}

	Optional<FigureState> state(UUID id) {
		return this.jdbc.sql("SELECT id, event_id, version, voided, part_of FROM figure WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> new FigureState(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
					rs.getInt("version"), rs.getBoolean("voided"), rs.getObject("part_of", UUID.class)))
			.optional();
	}

	/** A figure without its claims. */
	Optional<Figure> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM figure WHERE id = :id")
			.param("id", id)
			.query(FigureRepository::figure)
			.optional();
	}

	/**
	 * The figures of an event without their claims, in the order they were recorded
	 * (wholes before their parts when recorded together).
	 */
	List<Figure> ofEvent(UUID eventId) {
		return this.jdbc.sql(
				"SELECT * FROM figure WHERE event_id = :id ORDER BY created_at, CASE WHEN part_of IS NULL THEN 0 ELSE 1 END, unit, category, id")
			.param("id", eventId)
			.query(FigureRepository::figure)
			.list();
	}

	private static Map<String, Object> fields(CheckedFigure figure) {
		Map<String, Object> fields = new HashMap<>();
		fields.put("unit", figure.unit().code());
		fields.put("category", figure.category().code());
		fields.put("nationality", figure.group().nationality());
		fields.put("actor", figure.group().actorId());
		fields.put("age", (figure.group().age() != null) ? figure.group().age().code() : null);
		fields.put("sex", (figure.group().sex() != null) ? figure.group().sex().code() : null);
		fields.put("from", figure.periodFrom());
		fields.put("to", figure.periodTo());
		fields.put("cumulative", figure.cumulative());
		fields.put("partOf", figure.partOf());
		fields.put("rule", figure.rule().code());
		return fields;
	}

	static Map<String, Object> value(FigureValue value) {
		Map<String, Object> fields = new HashMap<>();
		fields.put("qualifier", (value != null) ? value.qualifier().code() : null);
		fields.put("low", (value != null) ? value.low() : null);
		fields.put("best", (value != null) ? value.best() : null);
		fields.put("high", (value != null) ? value.high() : null);
		return fields;
	}

	static FigureValue readValue(ResultSet rs) throws SQLException {
		String qualifier = rs.getString("qualifier");
		if (qualifier == null) {
			return null;
		}
		return new FigureValue(Qualifier.ofCode(qualifier), Timestamps.number(rs, "low"), Timestamps.number(rs, "best"),
				Timestamps.number(rs, "high"));
	}

	private static Figure figure(ResultSet rs, int row) throws SQLException {
		String age = rs.getString("age_group");
		String sex = rs.getString("sex");
		FigureGroup group = new FigureGroup(rs.getString("nationality"), rs.getString("group_actor"),
				(age != null) ? AgeGroup.ofCode(age) : null, (sex != null) ? Sex.ofCode(sex) : null);
		return new Figure(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
				FigureUnit.ofCode(rs.getString("unit")), FigureCategory.ofCode(rs.getString("category")), group,
				rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
				rs.getBoolean("cumulative"), rs.getObject("part_of", UUID.class),
				ValueRule.ofCode(rs.getString("value_rule")), readValue(rs), null, List.of(), rs.getInt("version"),
				rs.getBoolean("voided"), rs.getString("void_reason"), Timestamps.read(rs, "created_at"),
				rs.getString("created_by"), Timestamps.read(rs, "updated_at"), rs.getString("updated_by"));
	}

}
