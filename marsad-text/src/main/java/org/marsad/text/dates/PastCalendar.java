package org.marsad.text.dates;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;

/**
 * Places partial dates on the calendar against a publication date. Reports speak of the
 * past, so what the text leaves open resolves backwards.
 *
 * <ul>
 * <li>a day and month without a year: the most recent such day not after publication</li>
 * <li>a month without a year: the most recent such month that has begun by
 * publication</li>
 * <li>a month with "past" (الماضي): the most recent such month before the publication
 * month; with "current" (الجاري): the one in the publication year; with "next" (المقبل):
 * the first one after the publication month</li>
 * <li>"the month" (الشهر) is the publication month, shifted by its modifier</li>
 * <li>Hijri months follow the same rules in the Umm al-Qura calendar of
 * {@link HijrahChronology}; dates outside its range are left out</li>
 * <li>weeks run Monday to Sunday (ISO 8601), as in the Recognizers-Text specs</li>
 * <li>a two-digit year is in this century unless that is after publication</li>
 * </ul>
 * Every method returns null instead of throwing when the date does not exist.
 */
final class PastCalendar {

	private static final int MAX_YEAR = 9999;

	private static final int DAYS_IN_FIRST_THIRD = 10;

	private final LocalDate published;

	PastCalendar(LocalDate published) {
		this.published = published;
	}

	LocalDate published() {
		return this.published;
	}

	/** A Gregorian date, or null when it does not exist. */
	static LocalDate date(int year, int month, int day) {
		if (year < 1 || year > MAX_YEAR || month < 1 || month > 12 || day < 1
				|| day > YearMonth.of(year, month).lengthOfMonth()) {
			return null;
		}
		return LocalDate.of(year, month, day);
	}

	/** The first day of a Gregorian month, or null. */
	static LocalDate firstDay(int year, int month) {
		return date(year, month, 1);
	}

	/** The four-digit year of a two-digit one. */
	int fullYear(int twoDigits) {
		int year = 2000 + twoDigits;
		return (year <= this.published.getYear()) ? year : 1900 + twoDigits;
	}

	/**
	 * A day of a month as written, placed in its year.
	 * @param ref the month
	 * @param day the day, or 0 for the whole month (the first day is returned)
	 * @param yearDay the day that decides the year (the last day of a list), or 0
	 * @return the date, or null
	 */
	LocalDate place(MonthRef ref, int day, int yearDay) {
		try {
			return ref.hijri() ? placeHijri(ref, day, yearDay) : placeGregorian(ref, day, yearDay);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/** The last day of the month of a date placed by {@link #place}. */
	static LocalDate lastDayOfMonth(LocalDate first, boolean hijri) {
		if (!hijri) {
			return first.with(TemporalAdjusters.lastDayOfMonth());
		}
		HijrahDate h = HijrahDate.from(first);
		return LocalDate.from(h.with(ChronoField.DAY_OF_MONTH, h.lengthOfMonth()));
	}

	private LocalDate placeGregorian(MonthRef ref, int day, int yearDay) {
		int d = Math.max(day, 1);
		if (ref.relative()) {
			int shift = (ref.modifier() == MonthRef.UNMODIFIED) ? 0 : ref.modifier();
			YearMonth ym = YearMonth.from(this.published).plusMonths(shift);
			return date(ym.getYear(), ym.getMonthValue(), d);
		}
		int year = ref.year();
		if (year == 0) {
			year = yearFor(ref.month(), ref.modifier(), Math.max(yearDay, day), this.published.getYear(),
					this.published.getMonthValue(), this.published.getDayOfMonth());
		}
		return date(year, ref.month(), d);
	}

	private LocalDate placeHijri(MonthRef ref, int day, int yearDay) {
		HijrahDate now = HijrahDate.from(this.published);
		int nowYear = now.get(ChronoField.YEAR);
		int nowMonth = now.get(ChronoField.MONTH_OF_YEAR);
		int d = Math.max(day, 1);
		int year = ref.year();
		if (year == 0) {
			year = yearFor(ref.month(), ref.modifier(), Math.max(yearDay, day), nowYear, nowMonth,
					now.get(ChronoField.DAY_OF_MONTH));
		}
		HijrahDate first = HijrahChronology.INSTANCE.date(year, ref.month(), 1);
		if (d > first.lengthOfMonth()) {
			return null;
		}
		return LocalDate.from(first).plusDays(d - 1L);
	}

	private static int yearFor(int month, int modifier, int day, int year, int nowMonth, int nowDay) {
		if (modifier == -1) {
			return (month < nowMonth) ? year : year - 1;
		}
		if (modifier == 0) {
			return year;
		}
		if (modifier == 1) {
			return (month > nowMonth) ? year : year + 1;
		}
		boolean later = month > nowMonth || (month == nowMonth && day > nowDay);
		return later ? year - 1 : year;
	}

	/** The most recent day with the given day of month not after publication. */
	LocalDate recentDayOfMonth(int day) {
		YearMonth ym = YearMonth.from(this.published);
		for (int k = 0; k < 12; k++, ym = ym.minusMonths(1)) {
			LocalDate d = date(ym.getYear(), ym.getMonthValue(), day);
			if (d != null && !d.isAfter(this.published)) {
				return d;
			}
		}
		return null;
	}

	/** The most recent day, not after publication, that is both this weekday and day. */
	LocalDate recentWeekdayOnDay(DayOfWeek weekday, int day) {
		YearMonth ym = YearMonth.from(this.published);
		for (int k = 0; k < 36; k++, ym = ym.minusMonths(1)) {
			LocalDate d = date(ym.getYear(), ym.getMonthValue(), day);
			if (d != null && !d.isAfter(this.published) && d.getDayOfWeek() == weekday) {
				return d;
			}
		}
		return null;
	}

	/** The most recent weekday not after publication (or before it, when strictly). */
	LocalDate recentWeekday(DayOfWeek weekday, boolean strictly) {
		LocalDate from = strictly ? this.published.minusDays(1) : this.published;
		return from.with(TemporalAdjusters.previousOrSame(weekday));
	}

	/** The Monday of the publication week shifted by whole weeks. */
	LocalDate weekStart(int weeks) {
		return this.published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(weeks);
	}

	/** The n-th given weekday of the month starting on first, or null. */
	static LocalDate nthWeekday(LocalDate first, int n, DayOfWeek weekday) {
		LocalDate d = first.with(TemporalAdjusters.dayOfWeekInMonth(n, weekday));
		return (d.getMonth() == first.getMonth()) ? d : null;
	}

	/** The first day of a third (1-3) of the month that starts on first. */
	static LocalDate thirdStart(LocalDate first, int third) {
		return first.plusDays((third - 1L) * DAYS_IN_FIRST_THIRD);
	}

	/** The last day of a third (1-3) of the month that starts on first. */
	static LocalDate thirdEnd(LocalDate first, int third, boolean hijri) {
		return (third == 3) ? lastDayOfMonth(first, hijri) : first.plusDays(third * (long) DAYS_IN_FIRST_THIRD - 1);
	}

}
