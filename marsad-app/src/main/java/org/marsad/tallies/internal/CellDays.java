package org.marsad.tallies.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The event figures of one number by day, with running sums, so that the figures added
 * between any two days are found without going through them again.
 */
final class CellDays {

	private final LocalDate[] days;

	private final Contribution[] upTo;

	CellDays(List<DayRow> rows) {
		TreeMap<LocalDate, Contribution> byDay = new TreeMap<>();
		for (DayRow row : rows) {
			byDay.merge(row.day(), row.contribution(), Contribution::plus);
		}
		this.days = new LocalDate[byDay.size()];
		this.upTo = new Contribution[byDay.size()];
		Contribution running = Contribution.NONE;
		int i = 0;
		for (Map.Entry<LocalDate, Contribution> entry : byDay.entrySet()) {
			running = running.plus(entry.getValue());
			this.days[i] = entry.getKey();
			this.upTo[i] = running;
			i++;
		}
	}

	/** The first day with figures, or {@code null}. */
	LocalDate first() {
		return (this.days.length > 0) ? this.days[0] : null;
	}

	/**
	 * The figures after one day up to another.
	 * @param after the day after which to start, {@code null} for the beginning
	 * @param until the last day, included
	 * @return their sum
	 */
	Contribution between(LocalDate after, LocalDate until) {
		Contribution through = upTo(until);
		return (after != null) ? through.minus(upTo(after)) : through;
	}

	private Contribution upTo(LocalDate day) {
		int index = Arrays.binarySearch(this.days, day);
		int last = (index >= 0) ? index : -index - 2;
		return (last >= 0) ? this.upTo[last] : Contribution.NONE;
	}

}
