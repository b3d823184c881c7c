package org.marsad.text.dates;

import static org.marsad.text.dates.Punctuation.COMMA;
import static org.marsad.text.dates.Punctuation.DASH;
import static org.marsad.text.dates.Punctuation.DOT;
import static org.marsad.text.dates.Punctuation.SLASH;

import java.time.LocalDate;

import org.marsad.text.vocabulary.DatePrecision;

/**
 * Reads dates written in digits, with no space inside: «12/1/2019», «2019-01-12»,
 * «١٢/١/٢٠١٩» (digits are folded before), «18-9-15», «22/04».
 *
 * <ul>
 * <li>three parts: year first when the first part has four digits, otherwise day first as
 * written in Arabic reports; a two-digit year that would fall after publication is read
 * as year first (16/04/21 = 2016-04-21) when that is a valid past date</li>
 * <li>three parts that are no date day first are read month first («9-18-15»)</li>
 * <li>«08/12, 2015» (two parts, a comma, a year) is the American month-first form</li>
 * <li>two parts (slash or dash only, since «4.22» is a decimal number): day first, or
 * month first when only that order is a valid date; resolved to the most recent such
 * day</li>
 * <li>two parts of which one has four digits are a month of a year («3/2015»)</li>
 * <li>three parts followed by هـ are a Hijri date, converted through
 * {@link java.time.chrono.HijrahDate}</li>
 * <li>parts must touch each other and the run must not go on with more digits</li>
 * </ul>
 */
final class NumericDates {

	private static final char[] SEPARATORS = { SLASH, DASH, DOT };

	private static final int YEAR_DIGITS = 4;

	private static final int SHORT_YEAR_DIGITS = 2;

	private static final int HIJRI_ERA = 2;

	private final DateTokens t;

	private final PastCalendar calendar;

	NumericDates(DateTokens t, PastCalendar calendar) {
		this.t = t;
		this.calendar = calendar;
	}

	/** The numeric date starting at token i, or null. */
	Reading read(int i) {
		if (!this.t.is(i, WordKind.NUMBER) || precededByRun(i)) {
			return null;
		}
		char sep = separator(i);
		if (sep == 0 || !this.t.is(i + 2, WordKind.NUMBER) || !this.t.touchesNext(i + 1)) {
			return null;
		}
		int a = this.t.value(i);
		int b = this.t.value(i + 2);
		if (this.t.touchesNext(i + 2) && this.t.isPunct(i + 3, sep) && this.t.is(i + 4, WordKind.NUMBER)
				&& this.t.touchesNext(i + 3)) {
			return threeParts(i, a, b, this.t.value(i + 4));
		}
		if (sep == DOT || followedByRun(i + 3)) {
			return null;
		}
		boolean yearFirst = this.t.digits(i) == YEAR_DIGITS && this.t.digits(i + 2) <= 2;
		boolean yearLast = this.t.digits(i + 2) == YEAR_DIGITS && this.t.digits(i) <= 2;
		if (yearFirst || yearLast) {
			return monthOfYear(i + 3, yearFirst ? a : b, yearFirst ? b : a);
		}
		if (this.t.digits(i) > 2 || this.t.digits(i + 2) > 2) {
			return null;
		}
		if (sep == SLASH && this.t.isPunct(i + 3, COMMA) && isYear(i + 4)) {
			int year = yearOf(i + 4);
			return Reading.day(i + 5, PastCalendar.date(year, a, b));
		}
		LocalDate dayFirst = validDay(b, a);
		LocalDate monthFirst = validDay(a, b);
		return Reading.day(i + 3, (dayFirst != null) ? dayFirst : monthFirst);
	}

	private Reading threeParts(int i, int a, int b, int c) {
		int end = i + 5;
		if (followedByRun(i + 5) || this.t.digits(i + 2) > 2) {
			return null;
		}
		int era = this.t.is(end, WordKind.ERA) ? this.t.value(end) : 0;
		if (era == HIJRI_ERA) {
			return hijri(end + 1, (this.t.digits(i) == YEAR_DIGITS) ? a : c, b,
					(this.t.digits(i) == YEAR_DIGITS) ? c : a);
		}
		end = (era != 0) ? end + 1 : end;
		if (this.t.digits(i) == YEAR_DIGITS) {
			return (this.t.digits(i + 4) <= 2) ? Reading.day(end, PastCalendar.date(a, b, c)) : null;
		}
		if (this.t.digits(i) > 2 || !isYear(i + 4)) {
			return null;
		}
		if (this.t.digits(i + 4) == SHORT_YEAR_DIGITS && 2000 + c > this.calendar.published().getYear()) {
			LocalDate yearFirst = PastCalendar.date(2000 + a, b, c);
			if (yearFirst != null && !yearFirst.isAfter(this.calendar.published())) {
				return Reading.day(end, yearFirst);
			}
		}
		LocalDate dayFirst = PastCalendar.date(yearOf(i + 4), b, a);
		return Reading.day(end, (dayFirst != null) ? dayFirst : PastCalendar.date(yearOf(i + 4), a, b));
	}

	/** A month and a year: «3/2015», «2015/3». */
	private Reading monthOfYear(int end, int year, int month) {
		LocalDate first = MonthPhrase.plausibleYear(year, false) ? PastCalendar.firstDay(year, month) : null;
		if (first == null) {
			return null;
		}
		return new Reading(end, first, PastCalendar.lastDayOfMonth(first, false), DatePrecision.MONTH, true);
	}

	/** A numeric date followed by هـ: «15/5/1440 هـ», «1440/5/15هـ». */
	private Reading hijri(int end, int year, int month, int day) {
		if (!MonthPhrase.plausibleYear(year, true) || month < 1 || month > 12 || day < 1) {
			return Reading.consumed(end);
		}
		return Reading.day(end,
				this.calendar.place(new MonthRef(end, true, month, year, MonthRef.UNMODIFIED, false, false), day, 0));
	}

	private LocalDate validDay(int month, int day) {
		return (PastCalendar.date(2000, month, day) != null) ? recent(month, day) : null;
	}

	private LocalDate recent(int month, int day) {
		return this.calendar.place(new MonthRef(0, false, month, 0, MonthRef.UNMODIFIED, false, false), day, 0);
	}

	private char separator(int i) {
		if (!this.t.touchesNext(i)) {
			return 0;
		}
		for (char c : SEPARATORS) {
			if (this.t.isPunct(i + 1, c)) {
				return c;
			}
		}
		return 0;
	}

	private boolean isYear(int j) {
		int digits = this.t.digits(j);
		return this.t.is(j, WordKind.NUMBER) && (digits == YEAR_DIGITS || digits == SHORT_YEAR_DIGITS);
	}

	private int yearOf(int j) {
		int v = this.t.value(j);
		return (this.t.digits(j) == SHORT_YEAR_DIGITS) ? this.calendar.fullYear(v) : v;
	}

	/**
	 * Whether something glued before token i makes it part of a longer run: a word, or a
	 * mark touching a word or number («mena/2017/02/14», «1/12/1/2019»).
	 */
	private boolean precededByRun(int i) {
		if (!this.t.touchesNext(i - 1)) {
			return false;
		}
		if (this.t.kind(i - 1) != WordKind.PUNCT) {
			return true;
		}
		return this.t.touchesNext(i - 2) && this.t.kind(i - 2) != WordKind.PUNCT;
	}

	/** Whether token j is a mark touching numbers on both sides (the run goes on). */
	private boolean followedByRun(int j) {
		return this.t.kind(j) == WordKind.PUNCT && this.t.touchesNext(j - 1) && this.t.touchesNext(j)
				&& this.t.is(j + 1, WordKind.NUMBER);
	}

}
