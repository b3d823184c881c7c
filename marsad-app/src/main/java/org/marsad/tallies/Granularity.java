package org.marsad.tallies;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * The periods of a tally's time series. Weeks are ISO weeks (Monday to Sunday).
 */
public enum Granularity {

	DAY, WEEK, MONTH;

	/** The code used in JSON, CSV, forms and the database. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Reads a code written by {@link #code()}.
	 * @param code the code
	 * @return the granularity
	 * @throws IllegalArgumentException for an unknown code
	 */
	public static Granularity ofCode(String code) {
		return valueOf(code.strip().toUpperCase(Locale.ROOT));
	}

	/**
	 * The first day of the period holding a day.
	 * @param day the day
	 * @return the period's first day
	 */
	public LocalDate start(LocalDate day) {
		return switch (this) {
			case DAY -> day;
			case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			case MONTH -> day.withDayOfMonth(1);
		};
	}

	/**
	 * The last day of the period holding a day.
	 * @param day the day
	 * @return the period's last day
	 */
	public LocalDate end(LocalDate day) {
		return switch (this) {
			case DAY -> day;
			case WEEK -> day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
			case MONTH -> day.with(TemporalAdjusters.lastDayOfMonth());
		};
	}

}
