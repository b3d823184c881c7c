package org.marsad.text.dates;

import java.time.LocalDate;

import org.marsad.text.vocabulary.DatePrecision;

/**
 * What a grammar rule read from a run of tokens.
 *
 * @param end token index after the run
 * @param from first day, or null when the run names a date that does not exist (31
 * November), which is read so that no part of it is taken for another date
 * @param to last day (inclusive)
 * @param precision how precisely the interval is known
 * @param calendar whether the run names a calendar date rather than a distance from
 * publication ("two days ago"), which decides how «منذ» reads it
 */
record Reading(int end, LocalDate from, LocalDate to, DatePrecision precision, boolean calendar) {

	static Reading day(int end, LocalDate day) {
		return (day != null) ? new Reading(end, day, day, DatePrecision.DAY, true) : consumed(end);
	}

	static Reading consumed(int end) {
		return new Reading(end, null, null, DatePrecision.DAY, true);
	}

	boolean resolved() {
		return this.from != null;
	}

	/** The reading that covers more tokens; the first on a tie. */
	static Reading longer(Reading a, Reading b) {
		if (a == null) {
			return b;
		}
		return (b != null && b.end > a.end) ? b : a;
	}

}
