package org.marsad.tallies.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.marsad.tallies.PersonCount;
import org.marsad.tallies.PersonCount.NamedBeyondBound;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The persons of the registry behind the figures of a tally, read in the database from
 * the copy of the live figures ({@code tally_figure}, filtered by {@link Scope}) and the
 * links of the persons module ({@code figure_person}, migration V27), as a read-only
 * projection like the figures themselves (package documentation).
 * <ul>
 * <li>only figures of persons and families in the tally's scope; links not undone</li>
 * <li>a person merged into another is the person kept ({@code merged_into}); a void
 * person, linked or kept, does not count</li>
 * <li>households: distinct {@code household_id} of the persons counted; persons with none
 * are counted apart</li>
 * <li>a figure names more persons than it allows when they are more than its high bound,
 * or as many when the bound is exclusive («أقل من»); an open high («نحو», «أكثر من»)
 * allows any number (DESIGN, "Figure qualifiers")</li>
 * </ul>
 */
class PersonCountReadModel {

	private static final String NAMED = " FROM tally_figure t JOIN figure_person l ON l.figure_id = t.id "
			+ "AND l.unlinked_at IS NULL JOIN person n ON n.id = l.person_id AND n.voided = FALSE "
			+ "JOIN person p ON p.id = COALESCE(n.merged_into, n.id) AND p.voided = FALSE WHERE ";

	private static final String COUNTED = "t.unit IN ('person', 'family')";

	private final JdbcClient jdbc;

	PersonCountReadModel(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The counts and the findings of a tally's scope. */
	PersonCount count(Scope scope, LocalDate asOf) {
		String where = scope.copiedWhere("t") + " AND " + COUNTED;
		Map<String, Object> params = scope.params();
		long[] counts = this.jdbc
			.sql("SELECT COUNT(DISTINCT p.id) AS persons, COUNT(DISTINCT p.household_id) AS households, "
					+ "COUNT(DISTINCT CASE WHEN p.household_id IS NULL THEN p.id END) AS alone, "
					+ "COUNT(DISTINCT t.id) AS figures" + NAMED + where)
			.params(params)
			.query((rs,
					n) -> new long[] { rs.getLong("persons"), rs.getLong("households"), rs.getLong("alone"),
							rs.getLong("figures") })
			.single();
		return new PersonCount(scope.tally().id(), asOf, scope.tally().from(), scope.end(), counts[0], counts[1],
				counts[2], counts[3], exceeded(where, params));
	}

	private List<NamedBeyondBound> exceeded(String where, Map<String, Object> params) {
		List<NamedBeyondBound> found = this.jdbc
			.sql("SELECT t.id, t.event_id, t.unit, t.qualifier, t.high, COUNT(DISTINCT p.id) AS named" + NAMED + where
					+ " AND t.high IS NOT NULL GROUP BY t.id, t.event_id, t.unit, t.qualifier, t.high "
					+ "HAVING COUNT(DISTINCT p.id) > t.high OR (COUNT(DISTINCT p.id) = t.high "
					+ "AND t.qualifier = 'less_than') ORDER BY t.id LIMIT " + PersonCount.EXCEEDED_SHOWN)
			.params(params)
			.query((rs, n) -> new NamedBeyondBound(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
					rs.getString("unit"), rs.getString("qualifier"), whole(rs.getBigDecimal("high")),
					rs.getLong("named"), List.of()))
			.list();
		return found.stream()
			.map((f) -> new NamedBeyondBound(f.figureId(), f.eventId(), f.unit(), f.qualifier(), f.high(), f.named(),
					persons(f.figureId())))
			.toList();
	}

	private List<UUID> persons(UUID figure) {
		return this.jdbc
			.sql("SELECT DISTINCT p.id FROM figure_person l JOIN person n ON n.id = l.person_id AND n.voided = FALSE "
					+ "JOIN person p ON p.id = COALESCE(n.merged_into, n.id) AND p.voided = FALSE "
					+ "WHERE l.figure_id = :figure AND l.unlinked_at IS NULL ORDER BY p.id")
			.param("figure", figure)
			.query(UUID.class)
			.list();
	}

	/** A bound as stored ({@code NUMERIC(20, 4)}) without its trailing zeros. */
	private static BigDecimal whole(BigDecimal count) {
		BigDecimal stripped = count.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

}
