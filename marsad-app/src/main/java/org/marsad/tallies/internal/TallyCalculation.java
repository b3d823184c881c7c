package org.marsad.tallies.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

import org.marsad.tallies.Dimension;
import org.marsad.tallies.Estimate;
import org.marsad.tallies.Granularity;
import org.marsad.tallies.TallyResult.Bound;
import org.marsad.tallies.TallyResult.Breakdown;
import org.marsad.tallies.TallyResult.Row;
import org.marsad.tallies.TallyResult.SeriesPoint;

/**
 * The rules of issue 5 that turn coded figures into a tally, with no database and no
 * framework: given the event figures summed by day and the running-total statements in
 * scope, it gives the total, the time series, the breakdowns and the bounds.
 * <ul>
 * <li>Figures of separate events add up ({@link Contribution}): lows add, highs add, an
 * open high stays open.</li>
 * <li>Running totals are statements, not additions. A number as of a day starts from its
 * anchor: the latest statement as of that day whose window starts on the tally's first
 * day (ties: the larger best, then the figure id). Only event figures dated after the
 * anchor's day are added; those on or before it are in it already. With no anchor, the
 * event figures from the tally's first day add up.</li>
 * <li>Parts («بينهم») bound their whole and are never added to it: a figure whose whole
 * counts in the same number is left out of it ({@link Cell}).</li>
 * <li>An event figure is dated by its last day (the figure's period, else its
 * event's).</li>
 * <li>The time series gives, for each period, the running total at its end and its
 * increase: the event figures of the period when the anchor is the same at both ends,
 * else the difference of the two running totals.</li>
 * <li>A breakdown row is the tally restricted to the row's key; the rest is the total
 * less the rows' sum. Rows of the unit breakdown are counts in other units, not parts,
 * and have no rest.</li>
 * <li>Two comparable statements whose windows share a first or a last day bound the days
 * one covers and the other does not by their difference; of statements from the same
 * first day, each is compared with the one before it, and of statements to the same day,
 * each with the one starting next.</li>
 * <li>Statements are taken in the order of their figure ids, so that bounds and warnings
 * come in the same order whichever reader found them (a database gives groups in no
 * order).</li>
 * </ul>
 */
final class TallyCalculation {

	private static final Comparator<Statement> LATEST = Comparator.comparing(Statement::asOf)
		.thenComparing((s) -> s.contribution().best())
		.thenComparing(Statement::figureId);

	private final String unit;

	private final LocalDate from;

	private final List<DayRow> rows;

	private final List<Statement> statements;

	private final Map<Cell, CellDays> cells = new HashMap<>();

	/**
	 * A number and where it starts from.
	 *
	 * @param value the number
	 * @param anchor the statement it starts from, or {@code null}
	 * @param cutoff the last day the anchor covers, {@code null} without one
	 * @param figures how many figures are counted in it
	 */
	record CellValue(Estimate value, Statement anchor, LocalDate cutoff, long figures) {

		UUID anchorId() {
			return (this.anchor != null) ? this.anchor.figureId() : null;
		}

	}

	TallyCalculation(String unit, LocalDate from, List<DayRow> rows, List<Statement> statements) {
		this.unit = unit;
		this.from = from;
		this.rows = List.copyOf(rows);
		List<Statement> ordered = new ArrayList<>(statements);
		ordered.sort(Comparator.comparing(Statement::figureId));
		this.statements = List.copyOf(ordered);
	}

	/**
	 * One number as of a day.
	 * @param cell the number
	 * @param asOf the last day counted
	 * @return its value
	 */
	CellValue value(Cell cell, LocalDate asOf) {
		Statement anchor = anchor(cell, asOf);
		Contribution base = (anchor != null) ? anchor.contribution() : Contribution.NONE;
		LocalDate cutoff = (anchor != null) ? anchor.asOf() : null;
		Contribution added = days(cell).between(cutoff, asOf);
		Contribution all = base.plus(added);
		return new CellValue(all.estimate(), anchor, cutoff, all.count());
	}

	/**
	 * The running total and increase of each period from the tally's first day (or the
	 * first day with figures) to the last day counted.
	 * @param granularity the periods
	 * @param end the last day counted
	 * @return the points, oldest first
	 */
	List<SeriesPoint> series(Granularity granularity, LocalDate end) {
		LocalDate start = (this.from != null) ? this.from : firstDay(end);
		List<SeriesPoint> points = new ArrayList<>();
		CellValue previous = new CellValue(Estimate.ZERO, null, null, 0);
		LocalDate before = start.minusDays(1);
		for (LocalDate periodStart = start; !periodStart.isAfter(end);) {
			LocalDate periodEnd = granularity.end(periodStart);
			if (periodEnd.isAfter(end)) {
				periodEnd = end;
			}
			CellValue now = value(Cell.TOTAL, periodEnd);
			Estimate increase = Objects.equals(now.anchorId(), previous.anchorId())
					? days(Cell.TOTAL).between(before, periodEnd).estimate()
					: Estimates.difference(now.value(), previous.value());
			points.add(new SeriesPoint(periodStart, periodEnd, now.value(), increase));
			previous = now;
			before = periodEnd;
			periodStart = periodEnd.plusDays(1);
		}
		return points;
	}

	/**
	 * One breakdown as of the last day counted.
	 * @param dimension what it groups by
	 * @param total the total, for the rest
	 * @param end the last day counted
	 * @return its rows, largest first, and the rest
	 */
	Breakdown breakdown(Dimension dimension, Estimate total, LocalDate end) {
		List<Row> found = new ArrayList<>();
		Estimate sum = Estimate.ZERO;
		for (String key : keys(dimension)) {
			CellValue value = value(new Cell(dimension, key), end);
			found.add(new Row(key, value.value(), value.anchorId()));
			sum = Estimates.sum(sum, value.value());
		}
		found.sort(Comparator.comparing((Row row) -> row.value().best()).reversed().thenComparing(Row::key));
		Estimate rest = dimension.partitionsTotal() ? Estimates.difference(total, sum) : null;
		return new Breakdown(dimension, List.copyOf(found), rest);
	}

	/**
	 * The bounds implied by pairs of comparable statements in the total, one window
	 * holding the other and sharing its first or its last day.
	 * @param end the last day counted
	 * @return the bounds
	 */
	List<Bound> bounds(LocalDate end) {
		List<Statement> inTotal = new ArrayList<>();
		for (Statement statement : this.statements) {
			if (Cell.TOTAL.counts(this.unit, statement.keys(), statement.wholes()) && !statement.asOf().isAfter(end)) {
				inTotal.add(statement);
			}
		}
		List<Bound> bounds = new ArrayList<>();
		for (List<Statement> series : Statement.Series.of(inTotal)) {
			Map<LocalDate, List<Statement>> byStart = new LinkedHashMap<>();
			Map<LocalDate, List<Statement>> byEnd = new LinkedHashMap<>();
			for (Statement statement : series) {
				byStart.computeIfAbsent(statement.from(), (d) -> new ArrayList<>()).add(statement);
				byEnd.computeIfAbsent(statement.asOf(), (d) -> new ArrayList<>()).add(statement);
			}
			for (List<Statement> sameStart : byStart.values()) {
				sameStart.sort(Comparator.comparing(Statement::asOf));
				for (int i = 1; i < sameStart.size(); i++) {
					add(bounds, sameStart.get(i), sameStart.get(i - 1));
				}
			}
			for (List<Statement> sameEnd : byEnd.values()) {
				sameEnd.sort(Comparator.comparing(Statement::from, Comparator.nullsFirst(Comparator.naturalOrder())));
				for (int i = 1; i < sameEnd.size(); i++) {
					add(bounds, sameEnd.get(i - 1), sameEnd.get(i));
				}
			}
		}
		return bounds;
	}

	/** Every statement in scope, for the checks. */
	List<Statement> statements() {
		return this.statements;
	}

	private static void add(List<Bound> bounds, Statement larger, Statement smaller) {
		Bound bound = bound(larger, smaller);
		if (bound != null) {
			bounds.add(bound);
		}
	}

	private static Bound bound(Statement larger, Statement smaller) {
		if (!larger.contains(smaller)) {
			return null;
		}
		boolean sameStart = Objects.equals(larger.from(), smaller.from());
		boolean sameEnd = larger.asOf().equals(smaller.asOf());
		Estimate difference = Estimates.difference(larger.value(), smaller.value());
		if (sameStart && !sameEnd) {
			return new Bound(smaller.asOf().plusDays(1), larger.asOf(), difference, larger.figureId(),
					smaller.figureId());
		}
		if (sameEnd && !sameStart && smaller.from() != null) {
			return new Bound(larger.from(), smaller.from().minusDays(1), difference, larger.figureId(),
					smaller.figureId());
		}
		return null;
	}

	private Statement anchor(Cell cell, LocalDate asOf) {
		Statement anchor = null;
		for (Statement statement : this.statements) {
			if (Objects.equals(statement.from(), this.from) && !statement.asOf().isAfter(asOf)
					&& cell.counts(this.unit, statement.keys(), statement.wholes())
					&& (anchor == null || LATEST.compare(statement, anchor) > 0)) {
				anchor = statement;
			}
		}
		return anchor;
	}

	private CellDays days(Cell cell) {
		return this.cells.computeIfAbsent(cell, (c) -> {
			List<DayRow> counted = new ArrayList<>();
			for (DayRow row : this.rows) {
				if (c.counts(this.unit, row.keys(), row.wholes())) {
					counted.add(row);
				}
			}
			return new CellDays(counted);
		});
	}

	private TreeSet<String> keys(Dimension dimension) {
		TreeSet<String> keys = new TreeSet<>();
		for (DayRow row : this.rows) {
			addKey(keys, dimension, row.keys());
		}
		for (Statement statement : this.statements) {
			addKey(keys, dimension, statement.keys());
		}
		return keys;
	}

	private void addKey(TreeSet<String> keys, Dimension dimension, Keys of) {
		String key = of.of(dimension);
		if (key != null && (dimension == Dimension.UNIT || this.unit.equals(of.unit()))) {
			keys.add(key);
		}
	}

	private LocalDate firstDay(LocalDate end) {
		LocalDate first = days(Cell.TOTAL).first();
		for (Statement statement : this.statements) {
			LocalDate day = (statement.from() != null) ? statement.from() : statement.asOf();
			if (first == null || day.isBefore(first)) {
				first = day;
			}
		}
		return (first != null && first.isBefore(end)) ? first : end;
	}

}
