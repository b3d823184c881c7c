package org.marsad.tallies.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.marsad.tallies.Dimension;
import org.marsad.tallies.Tally;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A read-only projection of the coded-event tables ({@code event}, {@code figure},
 * {@code claim}, {@code event_actor}, {@code place_ancestor}) for tallies. It reads them
 * with SQL rather than through the events module's Java API so that aggregation over
 * millions of figures runs in the database and only sums by day leave it. It never writes
 * to those tables.
 * <ul>
 * <li>event figures are summed by day and by the keys of the tally's breakdowns
 * ({@link DayRow}); running totals are read one by one ({@link Statement}), as they are
 * few</li>
 * <li>for a part, a join to its whole tells whether the whole is in scope, and whether it
 * shares the part's keys ({@link Wholes})</li>
 * <li>the checks read only candidates: parts at least as large as their wholes, figures
 * whose claims may not overlap; the rules decide ({@link ConsistencyChecks})</li>
 * </ul>
 * The SQL runs on H2 (MODE=PostgreSQL) and PostgreSQL alike. Tallies read their numbers
 * through {@link ProjectedSums}, which gives the same sums from the copy of the live
 * figures; this full computation is the reference it is tested against, and still serves
 * the checks and provenance.
 */
class FigureReadModel implements FigureSums {

	private static final String FROM = "FROM figure f JOIN event e ON e.id = f.event_id "
			+ "LEFT JOIN figure w ON w.id = f.part_of AND w.unit = f.unit AND w.cumulative = f.cumulative "
			+ "LEFT JOIN event we ON we.id = w.event_id AND ";

	private static final String VALUES = "f.qualifier, f.low, f.best, f.high";

	private final JdbcClient jdbc;

	FigureReadModel(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What a tally reads in one pass: the event figures summed by day, keys and wholes,
	 * and the running totals one by one.
	 *
	 * @param rows the event figures by day
	 * @param statements the running totals
	 */
	record Read(List<DayRow> rows, List<Statement> statements) {
	}

	/**
	 * Reads the figures in scope with one statement of two branches: figures that are no
	 * part need no join to a whole; parts are joined to theirs. Running totals are
	 * grouped by their own id, so they come back one by one from the same scan.
	 * @param scope the scope
	 * @return the sums and the statements
	 */
	@Override
	public Read read(Scope scope) {
		String sql = branch(scope, false) + " UNION ALL " + branch(scope, true);
		List<DayRow> rows = new ArrayList<>();
		List<Statement> statements = new ArrayList<>();
		this.jdbc.sql(sql).params(scope.params()).query((rs) -> {
			Keys keys = new Keys(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
			Contribution contribution = new Contribution(rs.getLong(12), rs.getBigDecimal(13), rs.getBigDecimal(14),
					rs.getBigDecimal(15), rs.getLong(16), rs.getLong(17), rs.getLong(18));
			UUID statement = rs.getObject(7, UUID.class);
			if (statement == null) {
				rows.add(new DayRow(keys, rs.getObject(5, LocalDate.class), rs.getInt(6), contribution));
			}
			else {
				statements.add(new Statement(statement, keys, rs.getString(9), rs.getString(10), rs.getString(11),
						rs.getObject(8, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getInt(6),
						contribution));
			}
		});
		return new Read(rows, statements);
	}

	private static String branch(Scope scope, boolean parts) {
		Tally tally = scope.tally();
		List<String> grouped = new ArrayList<>(List.of("f.unit"));
		String select = "f.unit, " + statementKey(tally, Dimension.NATIONALITY, "f.nationality", grouped) + ", "
				+ statementKey(tally, Dimension.ACTOR, "f.group_actor", grouped) + ", "
				+ key(tally, Dimension.PLACE, "pk.ancestor_id", grouped) + ", " + Scope.day("f", "e") + ", "
				+ (parts ? wholes(tally) : "0");
		grouped.add(Scope.day("f", "e"));
		if (parts) {
			grouped.add(wholes(tally));
		}
		String statement = "CASE WHEN f.cumulative THEN f.id END";
		select += ", " + statement;
		grouped.add(statement);
		for (String column : List.of("f.period_from", "e.place_id", "f.age_group", "f.sex")) {
			select += ", MAX(CASE WHEN f.cumulative THEN " + column + " END)";
		}
		String from = parts ? from(scope) : "FROM figure f JOIN event e ON e.id = f.event_id" + scope.placeJoin("e");
		return "SELECT " + select + ", COUNT(*), SUM(COALESCE(f.low, 0)), SUM(COALESCE(f.best, f.low, 0)), "
				+ "SUM(COALESCE(f.high, 0)), SUM(CASE WHEN f.high IS NULL THEN 1 ELSE 0 END), "
				+ "SUM(CASE WHEN f.low IS NOT NULL AND f.qualifier = 'more_than' THEN 1 ELSE 0 END), "
				+ "SUM(CASE WHEN f.high IS NOT NULL AND f.qualifier = 'less_than' THEN 1 ELSE 0 END) " + from
				+ " WHERE f.part_of IS " + (parts ? "NOT " : "") + "NULL AND " + scope.where("f", "e") + " GROUP BY "
				+ String.join(", ", grouped);
	}

	/**
	 * Parts in scope, or whose whole is in scope, that are at least as large as their
	 * whole: the candidates for {@link ConsistencyChecks#partsExceedingWholes}.
	 * @param scope the scope
	 * @return the pairs
	 */
	List<PartPair> largeParts(Scope scope) {
		String select = "SELECT f.id, w.id, f.unit, w.unit, f.qualifier, f.low, f.best, f.high, "
				+ "w.qualifier, w.low, w.best, w.high FROM figure f JOIN event e ON e.id = f.event_id "
				+ "JOIN figure w ON w.id = f.part_of JOIN event we ON we.id = w.event_id "
				+ "WHERE f.low IS NOT NULL AND w.high IS NOT NULL AND f.low >= w.high AND ";
		String sql = select + scope.where("f", "e") + " AND w.voided = FALSE AND we.voided = FALSE UNION " + select
				+ scope.where("w", "we") + " AND f.voided = FALSE AND e.voided = FALSE";
		return this.jdbc.sql(sql)
			.params(scope.params())
			.query((rs, n) -> new PartPair(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getString(4), contribution(rs, 5).estimate(), contribution(rs, 9).estimate()))
			.list();
	}

	/**
	 * The claims of figures in scope whose claims may not overlap (the largest low at
	 * least the smallest high): the candidates for
	 * {@link ConsistencyChecks#disjointClaims}.
	 * @param scope the scope
	 * @return their claims, by figure
	 */
	List<ClaimValue> claimsThatMayDisagree(Scope scope) {
		String sql = "SELECT c.id, c.figure_id, c.qualifier, c.low, c.best, c.high FROM claim c "
				+ "WHERE c.voided = FALSE AND c.figure_id IN (SELECT k.figure_id FROM claim k "
				+ "JOIN figure f ON f.id = k.figure_id JOIN event e ON e.id = f.event_id WHERE k.voided = FALSE AND "
				+ scope.where("f", "e") + " GROUP BY k.figure_id HAVING COUNT(*) > 1 "
				+ "AND MAX(COALESCE(k.low, 0)) >= MIN(k.high)) ORDER BY c.figure_id, c.id";
		return this.jdbc.sql(sql)
			.params(scope.params())
			.query((rs, n) -> new ClaimValue(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					contribution(rs, 3).estimate()))
			.list();
	}

	/** The FROM clause with the joins to a part's whole and to the place key. */
	static String from(Scope scope) {
		return FROM + scope.wholeWhere("w", "we") + scope.placeJoin("e");
	}

	/**
	 * The {@link Wholes} bits of a figure, for the tally's breakdowns.
	 * @param tally the tally
	 * @return an SQL integer expression over {@code f}, {@code e}, {@code w}, {@code we}
	 */
	static String wholes(Tally tally) {
		StringBuilder sql = new StringBuilder("CASE WHEN we.id IS NULL THEN 0 ELSE 1");
		same(sql, tally, Dimension.NATIONALITY, "w.nationality IS NOT DISTINCT FROM f.nationality");
		same(sql, tally, Dimension.ACTOR, "w.group_actor IS NOT DISTINCT FROM f.group_actor");
		same(sql, tally, Dimension.PLACE, "we.place_id IS NOT DISTINCT FROM e.place_id");
		return sql.append(" END").toString();
	}

	/**
	 * The condition that a figure's whole counts in the same number of a breakdown (or
	 * the total, for {@code null}), for statements that select counted figures.
	 * @param dimension the breakdown, or {@code null}
	 * @return an SQL condition
	 */
	static String wholeCounted(Dimension dimension) {
		if (dimension == null || dimension == Dimension.UNIT) {
			return "we.id IS NOT NULL";
		}
		return "we.id IS NOT NULL AND " + switch (dimension) {
			case NATIONALITY -> "w.nationality IS NOT DISTINCT FROM f.nationality";
			case ACTOR -> "w.group_actor IS NOT DISTINCT FROM f.group_actor";
			default -> "we.place_id IS NOT DISTINCT FROM e.place_id";
		};
	}

	private static void same(StringBuilder sql, Tally tally, Dimension dimension, String condition) {
		if (tally.breakdowns().contains(dimension)) {
			sql.append(" + CASE WHEN ")
				.append(condition)
				.append(" THEN ")
				.append(Wholes.same(dimension))
				.append(" ELSE 0 END");
		}
	}

	/**
	 * A key that event figures carry only when the tally breaks down by it, and running
	 * totals always, to compare statements about the same people.
	 */
	private static String statementKey(Tally tally, Dimension dimension, String column, List<String> grouped) {
		String expression = tally.breakdowns().contains(dimension) ? column
				: "CASE WHEN f.cumulative THEN " + column + " END";
		grouped.add(expression);
		return expression;
	}

	private static String key(Tally tally, Dimension dimension, String expression, List<String> grouped) {
		if (!tally.breakdowns().contains(dimension)) {
			return "CAST(NULL AS VARCHAR(64))";
		}
		grouped.add(expression);
		return expression;
	}

	static Contribution contribution(ResultSet rs, int first) throws SQLException {
		return Contribution.of(rs.getString(first), rs.getBigDecimal(first + 1), rs.getBigDecimal(first + 2),
				rs.getBigDecimal(first + 3));
	}

}
