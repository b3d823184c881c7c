package org.marsad.tallies.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

import org.marsad.tallies.Dimension;
import org.marsad.tallies.Granularity;
import org.marsad.tallies.Tally;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The fast reader of a tally's figures: the same sums as {@link FigureReadModel}, read
 * from {@code tally_figure} ({@link TallyFigures}) with two statements.
 * <ul>
 * <li>running totals first, one row each, with the join to their whole when they are a
 * part</li>
 * <li>then event figures, summed by keys and by <em>day that matters</em>: the
 * calculation only ever asks for the sum up to the last day counted, to the end of a
 * period of the series, or to the day of a running total that can anchor the count (one
 * from the tally's first day). Figures are summed up to the first such day on or after
 * their own, so a tally over 580 days with a monthly series groups by 20 days instead of
 * 580, and every sum the calculation asks for is the same as by day.</li>
 * <li>by day as before when the tally has no first day (its series starts at the first
 * figure), a daily series, or more than {@value #MAX_DAYS} such days</li>
 * </ul>
 * The days are written into the SQL as date literals: they are computed here from dates
 * the application holds, never text from a request. Every other value is a parameter.
 */
class ProjectedSums implements FigureSums {

	static final int MAX_DAYS = 128;

	private static final String SUMS = "COUNT(*), SUM(COALESCE(f.low, 0)), SUM(COALESCE(f.best, f.low, 0)), "
			+ "SUM(COALESCE(f.high, 0)), SUM(CASE WHEN f.high IS NULL THEN 1 ELSE 0 END), "
			+ "SUM(CASE WHEN f.low IS NOT NULL AND f.qualifier = 'more_than' THEN 1 ELSE 0 END), "
			+ "SUM(CASE WHEN f.high IS NOT NULL AND f.qualifier = 'less_than' THEN 1 ELSE 0 END)";

	private final JdbcClient jdbc;

	ProjectedSums(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public FigureReadModel.Read read(Scope scope) {
		List<Statement> statements = statements(scope);
		List<LocalDate> days = daysThatMatter(scope, statements);
		String day = (days != null) ? bucket("f.dated_on", days, 0, days.size() - 1) : "f.dated_on";
		String sql = eventFigures(scope, day, false) + " UNION ALL " + eventFigures(scope, day, true);
		List<DayRow> rows = new ArrayList<>();
		this.jdbc.sql(sql).params(scope.params()).query((rs) -> {
			rows.add(new DayRow(new Keys(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
					rs.getObject(5, LocalDate.class), rs.getInt(6), contribution(rs, 7)));
		});
		return new FigureReadModel.Read(rows, statements);
	}

	/**
	 * The days up to which the calculation sums event figures, or {@code null} to sum by
	 * day.
	 */
	static List<LocalDate> daysThatMatter(Scope scope, List<Statement> statements) {
		Tally tally = scope.tally();
		LocalDate end = scope.end();
		if (tally.from() == null || tally.period() == Granularity.DAY) {
			return null;
		}
		TreeSet<LocalDate> days = new TreeSet<>();
		days.add(end);
		for (LocalDate start = tally.from(); !start.isAfter(end); start = tally.period().end(start).plusDays(1)) {
			LocalDate periodEnd = tally.period().end(start);
			days.add(periodEnd.isAfter(end) ? end : periodEnd);
		}
		for (Statement statement : statements) {
			if (Objects.equals(statement.from(), tally.from()) && !statement.asOf().isAfter(end)) {
				days.add(statement.asOf());
			}
		}
		return (days.size() <= MAX_DAYS) ? List.copyOf(days) : null;
	}

	/** The first day of {@code days} on or after a figure's day, as a balanced CASE. */
	private static String bucket(String column, List<LocalDate> days, int low, int high) {
		if (low == high) {
			return "DATE '" + days.get(low) + "'";
		}
		int middle = (low + high) >>> 1;
		return "CASE WHEN " + column + " <= DATE '" + days.get(middle) + "' THEN " + bucket(column, days, low, middle)
				+ " ELSE " + bucket(column, days, middle + 1, high) + " END";
	}

	private List<Statement> statements(Scope scope) {
		Tally tally = scope.tally();
		String keys = "f.unit, f.nationality, f.group_actor, " + placeKey(tally) + ", f.dated_on, " + wholes(tally)
				+ ", f.id, f.period_from, f.place_id, f.age_group, f.sex";
		String sql = "SELECT " + keys + ", " + SUMS + from(scope) + " WHERE f.cumulative = TRUE AND "
				+ scope.copiedWhere("f") + " GROUP BY " + keys;
		return this.jdbc.sql(sql)
			.params(scope.params())
			.query((rs, n) -> new Statement(rs.getObject(7, UUID.class),
					new Keys(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), rs.getString(9),
					rs.getString(10), rs.getString(11), rs.getObject(8, LocalDate.class),
					rs.getObject(5, LocalDate.class), rs.getInt(6), contribution(rs, 12)))
			.list();
	}

	private static String eventFigures(Scope scope, String day, boolean parts) {
		Tally tally = scope.tally();
		List<String> grouped = new ArrayList<>(List.of("f.unit"));
		String select = "f.unit, " + key(tally, Dimension.NATIONALITY, "f.nationality", grouped) + ", "
				+ key(tally, Dimension.ACTOR, "f.group_actor", grouped) + ", "
				+ key(tally, Dimension.PLACE, "pk.ancestor_id", grouped) + ", " + day + ", "
				+ (parts ? wholes(tally) : "0");
		grouped.add(day);
		if (parts) {
			grouped.add(wholes(tally));
		}
		String from = parts ? from(scope) : " FROM tally_figure f" + scope.placeJoin("f");
		return "SELECT " + select + ", " + SUMS + from + " WHERE f.cumulative = FALSE AND f.part_of IS "
				+ (parts ? "NOT " : "") + "NULL AND " + scope.copiedWhere("f") + " GROUP BY "
				+ String.join(", ", grouped);
	}

	/** The rows with the join to a part's whole, when in scope, and to the place key. */
	private static String from(Scope scope) {
		return " FROM tally_figure f LEFT JOIN tally_figure w ON w.id = f.part_of AND w.unit = f.unit "
				+ "AND w.cumulative = f.cumulative AND " + scope.copiedWholeWhere("w") + scope.placeJoin("f");
	}

	/** The {@link Wholes} bits, as {@link FigureReadModel#wholes} over the copy. */
	private static String wholes(Tally tally) {
		StringBuilder sql = new StringBuilder("CASE WHEN w.id IS NULL THEN 0 ELSE 1");
		same(sql, tally, Dimension.NATIONALITY, "w.nationality IS NOT DISTINCT FROM f.nationality");
		same(sql, tally, Dimension.ACTOR, "w.group_actor IS NOT DISTINCT FROM f.group_actor");
		same(sql, tally, Dimension.PLACE, "w.place_id IS NOT DISTINCT FROM f.place_id");
		return sql.append(" END").toString();
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

	private static String placeKey(Tally tally) {
		return tally.breakdowns().contains(Dimension.PLACE) ? "pk.ancestor_id" : "CAST(NULL AS VARCHAR(64))";
	}

	private static String key(Tally tally, Dimension dimension, String expression, List<String> grouped) {
		if (!tally.breakdowns().contains(dimension)) {
			return "CAST(NULL AS VARCHAR(64))";
		}
		grouped.add(expression);
		return expression;
	}

	private static Contribution contribution(ResultSet rs, int first) throws SQLException {
		return new Contribution(rs.getLong(first), rs.getBigDecimal(first + 1), rs.getBigDecimal(first + 2),
				rs.getBigDecimal(first + 3), rs.getLong(first + 4), rs.getLong(first + 5), rs.getLong(first + 6));
	}

}
