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
 * from {@code tally_figure} ({@link TallyFigures}) with two statements, each one scan of
 * that table without joins (but to the place key, for a place breakdown).
 * <ul>
 * <li>whether a part's whole counts is read from the whole's fields copied onto the
 * part's row ({@code whole_} columns), not by looking the whole up</li>
 * <li>running totals first, one row each</li>
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

	/**
	 * The memory PostgreSQL may give the grouping of event figures, for the transaction
	 * that reads them: enough for a hash table of every group.
	 */
	static final String GROUPING_MEMORY = "64MB";

	private final JdbcClient jdbc;

	private final boolean postgres;

	/**
	 * A reader.
	 * @param jdbc the database
	 * @param postgres whether it is PostgreSQL, which is given more memory for grouping
	 * ({@link #GROUPING_MEMORY})
	 */
	ProjectedSums(JdbcClient jdbc, boolean postgres) {
		this.jdbc = jdbc;
		this.postgres = postgres;
	}

	@Override
	public FigureReadModel.Read read(Scope scope) {
		List<Statement> statements = statements(scope);
		List<LocalDate> days = daysThatMatter(scope, statements);
		String day = (days != null) ? bucket("f.dated_on", days, 0, days.size() - 1) : "f.dated_on";
		String sql = eventFigures(scope, day);
		if (this.postgres) {
			groupInMemory();
		}
		List<DayRow> rows = new ArrayList<>();
		this.jdbc.sql(sql).params(scope.params()).query((rs) -> {
			rows.add(new DayRow(new Keys(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
					rs.getObject(5, LocalDate.class), rs.getInt(6), contribution(rs, 7)));
		});
		return new FigureReadModel.Read(rows, statements);
	}

	/**
	 * Lets PostgreSQL group the event figures in a hash table, for the rest of the
	 * transaction only.
	 * <ul>
	 * <li>the groups are few (keys × days that matter × {@link Wholes} bits: about 4,300
	 * for the benchmark's tally over 375,000 figures), but PostgreSQL cannot estimate the
	 * number of groups of a computed day or bits and takes it for about 100,000</li>
	 * <li>with its default 4 MB it then sorts every figure, spilling to disk, which took
	 * about half of the statement's time (docs/BENCHMARKS.md); with room for the
	 * estimated groups it hashes them in one pass</li>
	 * <li>{@code set_config(…, true)} holds to the end of the transaction (a tally is
	 * computed in one) and changes nothing outside one</li>
	 * </ul>
	 */
	private void groupInMemory() {
		this.jdbc.sql("SELECT set_config('work_mem', :memory, true)")
			.param("memory", GROUPING_MEMORY)
			.query(String.class)
			.single();
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
		String keys = "unit, nationality, group_actor, k_place, dated_on, k_wholes, id, period_from, place_id, "
				+ "age_group, sex";
		String sql = "SELECT " + keys + ", " + SUMS + " FROM (SELECT f.unit, f.nationality, f.group_actor, "
				+ placeKey(tally) + " AS k_place, f.dated_on, " + wholes(scope) + " AS k_wholes, f.id, f.period_from, "
				+ "f.place_id, f.age_group, f.sex, f.qualifier, f.low, f.best, f.high FROM tally_figure f"
				+ scope.placeJoin("f") + " WHERE f.cumulative = TRUE AND " + scope.copiedWhere("f") + ") f GROUP BY "
				+ keys;
		return this.jdbc.sql(sql)
			.params(scope.params())
			.query((rs, n) -> new Statement(rs.getObject(7, UUID.class),
					new Keys(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), rs.getString(9),
					rs.getString(10), rs.getString(11), rs.getObject(8, LocalDate.class),
					rs.getObject(5, LocalDate.class), rs.getInt(6), contribution(rs, 12)))
			.list();
	}

	/**
	 * Event figures, parts or not, in one scan: each row's keys, day that matters and
	 * {@link Wholes} bits are computed in a derived table, then grouped.
	 */
	private static String eventFigures(Scope scope, String day) {
		Tally tally = scope.tally();
		List<String> keys = new ArrayList<>(List.of("k_unit"));
		String select = "f.unit AS k_unit, " + key(tally, Dimension.NATIONALITY, "f.nationality", "k_nationality", keys)
				+ ", " + key(tally, Dimension.ACTOR, "f.group_actor", "k_actor", keys) + ", "
				+ key(tally, Dimension.PLACE, "pk.ancestor_id", "k_place", keys) + ", " + day + " AS k_day, "
				+ wholes(scope) + " AS k_wholes, f.qualifier, f.low, f.best, f.high";
		keys.add("k_day");
		keys.add("k_wholes");
		String grouped = String.join(", ", keys);
		return "SELECT k_unit, " + column(tally, Dimension.NATIONALITY, "k_nationality") + ", "
				+ column(tally, Dimension.ACTOR, "k_actor") + ", " + column(tally, Dimension.PLACE, "k_place")
				+ ", k_day, k_wholes, " + SUMS + " FROM (SELECT " + select + " FROM tally_figure f"
				+ scope.placeJoin("f") + " WHERE f.cumulative = FALSE AND " + scope.copiedWhere("f") + ") f GROUP BY "
				+ grouped;
	}

	/**
	 * The {@link Wholes} bits, as {@link FigureReadModel#wholes}, from the whole's fields
	 * copied onto the row.
	 */
	private static String wholes(Scope scope) {
		Tally tally = scope.tally();
		StringBuilder sql = new StringBuilder("CASE WHEN f.part_of IS NULL THEN 0 WHEN ")
			.append(scope.copiedWholeCounts("f"))
			.append(" THEN 1");
		same(sql, tally, Dimension.NATIONALITY, "f.whole_nationality IS NOT DISTINCT FROM f.nationality");
		same(sql, tally, Dimension.ACTOR, "f.whole_group_actor IS NOT DISTINCT FROM f.group_actor");
		same(sql, tally, Dimension.PLACE, "f.whole_place_id IS NOT DISTINCT FROM f.place_id");
		return sql.append(" ELSE 0 END").toString();
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

	private static String key(Tally tally, Dimension dimension, String expression, String name, List<String> grouped) {
		if (!tally.breakdowns().contains(dimension)) {
			return "CAST(NULL AS VARCHAR(64)) AS " + name;
		}
		grouped.add(name);
		return expression + " AS " + name;
	}

	private static String column(Tally tally, Dimension dimension, String name) {
		return tally.breakdowns().contains(dimension) ? name : "CAST(NULL AS VARCHAR(64))";
	}

	private static Contribution contribution(ResultSet rs, int first) throws SQLException {
		return new Contribution(rs.getLong(first), rs.getBigDecimal(first + 1), rs.getBigDecimal(first + 2),
				rs.getBigDecimal(first + 3), rs.getLong(first + 4), rs.getLong(first + 5), rs.getLong(first + 6));
	}

}
