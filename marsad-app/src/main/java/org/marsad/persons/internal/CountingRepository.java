package org.marsad.persons.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.marsad.persons.CountedFigure;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The links of persons to figures ({@code figure_person}), and the figures they link to,
 * read from the coded-event tables as {@link References} reads events.
 * <ul>
 * <li>one row per figure and person: an unlink marks the row, a new link clears the
 * mark</li>
 * <li>a caller who does not see internal records sees no figure of an internal event
 * (docs/SECURITY.md, {@code events.readInternal})</li>
 * </ul>
 */
class CountingRepository {

	private static final String FIGURE = "SELECT f.id, f.event_id, e.type, e.date_to, f.unit, f.category, f.qualifier, "
			+ "f.low, f.best, f.high, f.voided, e.voided AS event_voided, e.confidentiality";

	private static final String VISIBLE = " AND (:internal = TRUE OR e.confidentiality = 'publishable')";

	private final JdbcClient jdbc;

	CountingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A figure, if the caller may see it. */
	Optional<CountableFigure> figure(UUID id, boolean seesInternal) {
		return this.jdbc.sql(FIGURE + " FROM figure f JOIN event e ON e.id = f.event_id WHERE f.id = :id" + VISIBLE)
			.param("id", id)
			.param("internal", seesInternal)
			.query(CountingRepository::figure)
			.optional();
	}

	/** Whether a person is linked to a figure now. */
	boolean linked(UUID figure, UUID person) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM figure_person WHERE figure_id = :figure AND person_id = :person "
					+ "AND unlinked_at IS NULL")
			.param("figure", figure)
			.param("person", person)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Links a person to a figure: a new row, or the row of an earlier link made again.
	 */
	void link(UUID figure, UUID person, Instant at, String by) {
		int again = this.jdbc
			.sql("UPDATE figure_person SET linked_at = :at, linked_by = :by, unlinked_at = NULL, unlinked_by = NULL "
					+ "WHERE figure_id = :figure AND person_id = :person AND unlinked_at IS NOT NULL")
			.param("figure", figure)
			.param("person", person)
			.param("at", Timestamps.toColumn(at))
			.param("by", by)
			.update();
		if (again == 0) {
			this.jdbc
				.sql("INSERT INTO figure_person (figure_id, person_id, linked_at, linked_by) "
						+ "VALUES (:figure, :person, :at, :by)")
				.param("figure", figure)
				.param("person", person)
				.param("at", Timestamps.toColumn(at))
				.param("by", by)
				.update();
		}
	}

	/** Marks a link as undone; {@code false} when there was none. */
	boolean unlink(UUID figure, UUID person, Instant at, String by) {
		return this.jdbc
			.sql("UPDATE figure_person SET unlinked_at = :at, unlinked_by = :by WHERE figure_id = :figure "
					+ "AND person_id = :person AND unlinked_at IS NULL")
			.param("figure", figure)
			.param("person", person)
			.param("at", Timestamps.toColumn(at))
			.param("by", by)
			.update() > 0;
	}

	/** The figures a person is linked to now, by the day of their events. */
	List<CountedFigure> countedIn(UUID person, boolean seesInternal) {
		return this.jdbc
			.sql(FIGURE + ", l.linked_at, l.linked_by FROM figure_person l JOIN figure f ON f.id = l.figure_id "
					+ "JOIN event e ON e.id = f.event_id WHERE l.person_id = :person AND l.unlinked_at IS NULL"
					+ VISIBLE + " ORDER BY e.date_to, l.linked_at, f.id")
			.param("person", person)
			.param("internal", seesInternal)
			.query((rs, n) -> figure(rs, n).counted(Timestamps.read(rs, "linked_at"), rs.getString("linked_by")))
			.list();
	}

	/**
	 * The live figures of persons or families of the live events in a person's timeline
	 * that the person is not linked to.
	 */
	List<CountedFigure> countable(UUID person, boolean seesInternal) {
		return this.jdbc
			.sql(FIGURE + " FROM figure f JOIN event e ON e.id = f.event_id WHERE f.event_id IN "
					+ "(SELECT s.event_id FROM person_status s WHERE s.person_id = :person AND s.voided = FALSE) "
					+ "AND f.voided = FALSE AND e.voided = FALSE AND f.unit IN ('person', 'family') AND NOT EXISTS "
					+ "(SELECT 1 FROM figure_person l WHERE l.figure_id = f.id AND l.person_id = :person "
					+ "AND l.unlinked_at IS NULL)" + VISIBLE + " ORDER BY e.date_to, f.id")
			.param("person", person)
			.param("internal", seesInternal)
			.query((rs, n) -> figure(rs, n).counted(null, null))
			.list();
	}

	/** The persons linked to a figure now, in the order linked. */
	List<UUID> named(UUID figure) {
		return this.jdbc
			.sql("SELECT person_id FROM figure_person WHERE figure_id = :figure AND unlinked_at IS NULL "
					+ "ORDER BY linked_at, person_id")
			.param("figure", figure)
			.query(UUID.class)
			.list();
	}

	/**
	 * A count as stored ({@code NUMERIC(20, 4)}) without its trailing zeros: 3, not
	 * 3.0000.
	 */
	static BigDecimal whole(BigDecimal count) {
		if (count == null) {
			return null;
		}
		BigDecimal stripped = count.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	private static CountableFigure figure(ResultSet rs, int n) throws SQLException {
		return new CountableFigure(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
				rs.getString("type"), rs.getObject("date_to", LocalDate.class), rs.getString("unit"),
				rs.getString("category"),
				new CountedFigure.StatedCount(rs.getString("qualifier"), whole(rs.getBigDecimal("low")),
						whole(rs.getBigDecimal("best")), whole(rs.getBigDecimal("high"))),
				rs.getBoolean("voided"), rs.getBoolean("event_voided"),
				"publishable".equals(rs.getString("confidentiality")));
	}

}
