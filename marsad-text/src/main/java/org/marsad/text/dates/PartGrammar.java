package org.marsad.text.dates;

import static org.marsad.text.dates.Punctuation.DASH;

import java.time.LocalDate;

import org.marsad.text.vocabulary.DatePrecision;

/**
 * Reads parts of a month or a year: «الأسبوع الأول من أكتوبر», «مطلع الشهر الجاري»,
 * «أواخر كانون الثاني», «منتصف العام الماضي», «نهاية عام 2018», "mid-January", "late
 * December".
 *
 * <ul>
 * <li>a month falls in thirds: early is days 1-10, middle 11-20, late 21 to the end, with
 * precision week, since ten days are closer to a week than to a month</li>
 * <li>a year falls in thirds too: January-April, May-August, September-December, with
 * precision month</li>
 * <li>the n-th week of a month («الأسبوع الأول من») is days 7n-6 to 7n, the last week its
 * last seven days, with precision week</li>
 * <li>the month or year is placed as when it stands alone (see {@link PastCalendar})</li>
 * </ul>
 */
final class PartGrammar {

	private static final int UNIT_WEEK = 2;

	private static final int UNIT_YEAR = 4;

	private static final int DAYS_IN_WEEK = 7;

	private static final int MAX_WEEK = 5;

	private static final int MONTHS_IN_THIRD = 4;

	private static final int YEAR_DIGITS = 4;

	private final DateTokens t;

	private final PastCalendar calendar;

	private final MonthPhrase months;

	private final DayGrammar days;

	PartGrammar(DateTokens t, PastCalendar calendar, MonthPhrase months, DayGrammar days) {
		this.t = t;
		this.calendar = calendar;
		this.months = months;
		this.days = days;
	}

	/** The part of a month or year starting at token i, or null. */
	Reading read(int i) {
		if (isWeekUnit(i)) {
			return weekOfMonth(i + 1);
		}
		int j = this.t.is(i, WordKind.ARTICLE) ? i + 1 : i;
		if (!this.t.is(j, WordKind.PART)) {
			return null;
		}
		int third = this.t.value(j);
		j++;
		if (this.t.isPunct(j, DASH)) {
			j++;
		}
		if (this.t.is(j, WordKind.FROM)) {
			j++;
		}
		MonthRef m = this.months.read(j);
		return (m != null) ? ofMonth(m, third) : ofYear(j, third);
	}

	/** «الأسبوع الأول من كانون الثاني», «الأسبوع الأخير من الشهر الماضي». */
	private Reading weekOfMonth(int j) {
		boolean last = this.t.is(j, WordKind.MODIFIER) && this.t.value(j) < 0;
		int n = this.t.is(j, WordKind.NUMBER_WORD) ? this.t.value(j) : 0;
		if (!last && (n < 1 || n > MAX_WEEK) || !(this.t.is(j + 1, WordKind.FROM) || this.t.is(j + 1, WordKind.IN))) {
			return null;
		}
		MonthRef m = this.months.read(j + 2);
		LocalDate first = (m != null) ? this.calendar.place(m, 0, 0) : null;
		if (first == null) {
			return (m != null) ? Reading.consumed(m.end()) : null;
		}
		LocalDate monthEnd = PastCalendar.lastDayOfMonth(first, m.hijri());
		LocalDate from = last ? monthEnd.minusDays(DAYS_IN_WEEK - 1) : first.plusWeeks(n - 1L);
		if (from.isAfter(monthEnd)) {
			return Reading.consumed(m.end());
		}
		LocalDate to = from.plusDays(DAYS_IN_WEEK - 1);
		return new Reading(m.end(), from, to.isAfter(monthEnd) ? monthEnd : to, DatePrecision.WEEK, true);
	}

	private boolean isWeekUnit(int j) {
		return this.t.is(j, WordKind.CALENDAR_UNIT) && this.t.value(j) == UNIT_WEEK;
	}

	private Reading ofMonth(MonthRef m, int third) {
		LocalDate first = this.calendar.place(m, 0, 0);
		if (first == null) {
			return Reading.consumed(m.end());
		}
		return new Reading(m.end(), PastCalendar.thirdStart(first, third),
				PastCalendar.thirdEnd(first, third, m.hijri()), DatePrecision.WEEK, true);
	}

	private Reading ofYear(int j, int third) {
		int year;
		int end;
		if (this.t.is(j, WordKind.THIS) && isYearUnit(j + 1)) {
			year = this.calendar.published().getYear();
			end = j + 2;
		}
		else if (isYearUnit(j) && !this.t.is(j + 1, WordKind.NUMBER)) {
			boolean modified = this.t.is(j + 1, WordKind.MODIFIER);
			year = this.calendar.published().getYear() + (modified ? this.t.value(j + 1) : 0);
			end = modified ? j + 2 : j + 1;
		}
		else if (this.t.is(j, WordKind.NUMBER) && this.t.digits(j) == YEAR_DIGITS
				&& MonthPhrase.plausibleYear(this.t.value(j), false)) {
			year = this.t.value(j);
			end = j + 1;
		}
		else {
			Reading named = this.days.year(j);
			if (named == null || !named.resolved() || named.from().getDayOfYear() != 1) {
				return named;
			}
			year = named.from().getYear();
			end = named.end();
		}
		LocalDate from = PastCalendar.firstDay(year, (third - 1) * MONTHS_IN_THIRD + 1);
		LocalDate last = PastCalendar.firstDay(year, third * MONTHS_IN_THIRD);
		if (from == null || last == null) {
			return Reading.consumed(end);
		}
		return new Reading(end, from, PastCalendar.lastDayOfMonth(last, false), DatePrecision.MONTH, true);
	}

	private boolean isYearUnit(int j) {
		return this.t.is(j, WordKind.CALENDAR_UNIT) && this.t.value(j) == UNIT_YEAR;
	}

}
