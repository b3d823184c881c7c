package org.marsad.tallies.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a tally's figures from {@link FigureColumns} as {@link ProjectedSums} reads them
 * from {@code tally_figure}, with the same rows for {@link TallyCalculation}.
 * <ul>
 * <li>running totals first, one {@link Statement} each, with the keys
 * {@link ProjectedSums} gives them (nationality and group always, the place key with a
 * place breakdown)</li>
 * <li>then event figures, summed by unit, the keys of the breakdowns, the {@link Wholes}
 * bits and the day that matters ({@link ProjectedSums#daysThatMatter}), or the day</li>
 * <li>one pass over the slots each, reading a few columns of primitives per figure</li>
 * </ul>
 */
final class ColumnScan {

	private static final int OPEN_HIGH = 1;

	private static final int EXCLUSIVE_LOW = 2;

	private static final int EXCLUSIVE_HIGH = 4;

	private final FigureColumns c;

	private final ColumnScope scope;

	ColumnScan(FigureColumns columns, ColumnScope scope) {
		this.c = columns;
		this.scope = scope;
	}

	/**
	 * Reads the sums and the statements.
	 * @param scope the scope, for the days that matter
	 * @return what the calculation needs
	 */
	FigureReadModel.Read read(Scope scope) {
		List<Statement> statements = statements();
		List<LocalDate> days = ProjectedSums.daysThatMatter(scope, statements);
		return new FigureReadModel.Read(rows(days), statements);
	}

	private List<Statement> statements() {
		List<Statement> statements = new ArrayList<>();
		byte[] flags = this.c.flags;
		char[][] w = this.c.words;
		for (int i = 0, n = this.c.slots(); i < n; i++) {
			int f = flags[i];
			if ((f & FigureColumns.LIVE) != 0 && (f & FigureColumns.CUMULATIVE) != 0 && this.scope.counts(this.c, i)) {
				Keys keys = new Keys(word(w, FigureColumns.UNIT, i), word(w, FigureColumns.NATIONALITY, i),
						word(w, FigureColumns.GROUP_ACTOR, i), placeKey(w, i));
				int from = this.c.periodFrom[i];
				int bounds = bounds(w, i, f);
				Contribution value = new Contribution(1, FigureColumns.decimal(low(i, f)),
						FigureColumns.decimal(best(i, f)), FigureColumns.decimal(high(i, f)), bounds & OPEN_HIGH,
						(bounds & EXCLUSIVE_LOW) >> 1, (bounds & EXCLUSIVE_HIGH) >> 2);
				statements.add(new Statement(this.c.figures.get(i), keys, word(w, FigureColumns.PLACE, i),
						word(w, FigureColumns.AGE_GROUP, i), word(w, FigureColumns.SEX, i),
						(from != FigureColumns.NONE) ? ColumnScope.date(from) : null, ColumnScope.date(this.c.day[i]),
						this.scope.wholes(this.c, i), value));
			}
		}
		return statements;
	}

	private List<DayRow> rows(List<LocalDate> days) {
		int[] bucket = (days != null) ? buckets(days) : null;
		GroupSums sums = new GroupSums();
		byte[] flags = this.c.flags;
		char[][] w = this.c.words;
		char[] unit = w[FigureColumns.UNIT];
		char[] nationality = w[FigureColumns.NATIONALITY];
		char[] actor = w[FigureColumns.GROUP_ACTOR];
		char[] place = w[FigureColumns.PLACE];
		int[] placeKey = this.scope.placeKey;
		int from = this.scope.from;
		for (int i = 0, n = this.c.slots(); i < n; i++) {
			int f = flags[i];
			if ((f & (FigureColumns.LIVE | FigureColumns.CUMULATIVE)) != FigureColumns.LIVE
					|| !this.scope.counts(this.c, i)) {
				continue;
			}
			long first = ((long) unit[i] << 48) | ((long) (this.scope.byNationality ? nationality[i] : 0) << 32)
					| ((long) (this.scope.byActor ? actor[i] : 0) << 16)
					| ((placeKey != null) ? placeKey[place[i]] : 0);
			int day = (bucket != null) ? bucket[this.c.day[i] - from] : this.c.day[i];
			long second = ((long) day << 8) | this.scope.wholes(this.c, i);
			sums.add(first, second, low(i, f), best(i, f), high(i, f), bounds(w, i, f));
		}
		List<DayRow> rows = new ArrayList<>(sums.size());
		for (int g = 0; g < sums.size(); g++) {
			long first = sums.first[g];
			long second = sums.second[g];
			Keys keys = new Keys(this.c.codes.word((int) (first >>> 48)), word((int) (first >>> 32) & 0xFFFF),
					word((int) (first >>> 16) & 0xFFFF), this.scope.placeKeyWord((int) (first & 0xFFFF)));
			rows.add(new DayRow(keys, ColumnScope.date((int) (second >> 8)), (int) (second & 0xFF),
					sums.contribution(g)));
		}
		return rows;
	}

	/**
	 * By day from the tally's first day to its last, the first day that matters on or
	 * after it, as an epoch day.
	 */
	private int[] buckets(List<LocalDate> days) {
		int from = this.scope.from;
		int[] bucket = new int[this.scope.end - from + 1];
		int next = 0;
		for (int day = from; day <= this.scope.end; day++) {
			while (days.get(next).toEpochDay() < day) {
				next++;
			}
			bucket[day - from] = (int) days.get(next).toEpochDay();
		}
		return bucket;
	}

	private long low(int i, int f) {
		return ((f & FigureColumns.NO_LOW) != 0) ? 0 : this.c.low[i];
	}

	/** {@code COALESCE(best, low, 0)}. */
	private long best(int i, int f) {
		return ((f & FigureColumns.NO_BEST) != 0) ? low(i, f) : this.c.best[i];
	}

	private long high(int i, int f) {
		return ((f & FigureColumns.NO_HIGH) != 0) ? 0 : this.c.high[i];
	}

	/** An open high; a low stated as «more than»; a high stated as «less than». */
	private int bounds(char[][] w, int i, int f) {
		char qualifier = w[FigureColumns.QUALIFIER][i];
		int bounds = ((f & FigureColumns.NO_HIGH) != 0) ? OPEN_HIGH : 0;
		if ((f & FigureColumns.NO_LOW) == 0 && qualifier == this.scope.moreThan) {
			bounds |= EXCLUSIVE_LOW;
		}
		if ((f & FigureColumns.NO_HIGH) == 0 && qualifier == this.scope.lessThan) {
			bounds |= EXCLUSIVE_HIGH;
		}
		return bounds;
	}

	private String word(char[][] w, int column, int i) {
		return this.c.codes.word(w[column][i]);
	}

	private String word(int code) {
		return this.c.codes.word(code);
	}

	private String placeKey(char[][] w, int i) {
		return (this.scope.placeKey != null) ? this.scope.placeKeyWord(this.scope.placeKey[w[FigureColumns.PLACE][i]])
				: null;
	}

}
