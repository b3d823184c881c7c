package org.marsad.text.dates;

import static org.marsad.text.dates.Punctuation.COMMA;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

import org.marsad.text.vocabulary.DatePrecision;

/**
 * Reads dates given by their distance from publication: «أمس», «أول من أمس», «اليوم»,
 * «الأسبوع الماضي», «الشهر الماضي», «هذا العام», «قبل نحو 10 أيام», «منذ يومين», «قبل شهر
 * و 21 يوما», "yesterday", "last week", "3 days ago", and «اليوم التالي».
 *
 * <ul>
 * <li>a distance («قبل أسبوع», «منذ يومين») is a single day counted back from
 * publication; its precision is the finest unit said (a month ago is known to a
 * month)</li>
 * <li>«بعد» counts forward, only with «من الآن»; a distance with «من الآن» and no
 * particle counts back, since reports speak of the past</li>
 * <li>a calendar unit with a modifier is the whole week (Monday to Sunday), month or
 * year, shifted from the publication one; not when «من» and another date follow («الأسبوع
 * الأخير من عام 2015»)</li>
 * <li>«اليوم التالي» is the day after the previous date of the text, or after publication
 * when there is none</li>
 * <li>a distance followed by digits is not read («منذ عام 2011» is a year)</li>
 * </ul>
 */
final class RelativeGrammar {

	private static final int DAY = 1;

	private static final int HOURS_IN_DAY = 24;

	private static final int WEEK = 2;

	private static final int MONTH = 3;

	private static final int YEAR = 4;

	private static final int MAX_COUNT = 9999;

	/** Terms of a distance read at most, which keeps the scan linear. */
	private static final int MAX_TERMS = 4;

	private final DateTokens t;

	private final PastCalendar calendar;

	private LocalDate anchor;

	RelativeGrammar(DateTokens t, PastCalendar calendar) {
		this.t = t;
		this.calendar = calendar;
		this.anchor = calendar.published();
	}

	/** Sets the date that «اليوم التالي» follows. */
	void follow(LocalDate date) {
		this.anchor = date;
	}

	/** The relative date starting at token i, or null. */
	Reading read(int i) {
		WordKind kind = this.t.kind(i);
		if (kind == WordKind.RELATIVE_DAY) {
			return Reading.day(i + 1, this.calendar.published().plusDays(this.t.value(i)));
		}
		if (kind == WordKind.NEXT_DAY) {
			return Reading.day(i + 1, this.anchor.plusDays(1));
		}
		return Reading.longer(calendarUnit(i), distance(i));
	}

	/** «الأسبوع الماضي», «هذا الشهر», «العام المقبل», "last week". */
	private Reading calendarUnit(int i) {
		int unit;
		int shift;
		int end = i + 2;
		if (this.t.is(i, WordKind.THIS) && isUnit(i + 1)) {
			unit = this.t.value(i + 1);
			shift = 0;
		}
		else if (this.t.is(i, WordKind.CALENDAR_UNIT) && this.t.is(i + 1, WordKind.MODIFIER)) {
			unit = this.t.value(i);
			shift = this.t.value(i + 1);
		}
		else if (this.t.is(i, WordKind.MODIFIER) && this.t.is(i + 1, WordKind.UNIT)) {
			unit = this.t.value(i + 1);
			shift = this.t.value(i);
		}
		else {
			return null;
		}
		if (this.t.is(end, WordKind.FROM) && (namesDate(end + 1) || this.t.is(end + 1, WordKind.THIS)
				|| this.t.is(end + 1, WordKind.CALENDAR_UNIT) || this.t.is(end + 1, WordKind.UNIT))) {
			return null;
		}
		LocalDate published = this.calendar.published();
		if (unit == WEEK) {
			LocalDate monday = this.calendar.weekStart(shift);
			return new Reading(end, monday, monday.plusDays(6), DatePrecision.WEEK, true);
		}
		if (unit == MONTH) {
			YearMonth ym = YearMonth.from(published).plusMonths(shift);
			return new Reading(end, ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH, true);
		}
		if (unit == YEAR) {
			int year = published.getYear() + shift;
			return new Reading(end, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR, true);
		}
		return null;
	}

	/** «قبل نحو 10 أيام», «منذ يومين», «بعد أسبوعين من الآن», "3 days ago". */
	private Reading distance(int i) {
		WordKind lead = this.t.kind(i);
		boolean led = lead == WordKind.BEFORE || lead == WordKind.SINCE || lead == WordKind.AFTER;
		int j = led ? i + 1 : i;
		if (this.t.is(j, WordKind.APPROX)) {
			j++;
		}
		Distance duration = new Distance();
		int end = duration.read(j);
		if (end < 0 || namesDate(end)) {
			return null;
		}
		boolean fromNow = this.t.is(end, WordKind.FROM) && this.t.is(end + 1, WordKind.NOW);
		boolean ago = this.t.is(end, WordKind.AGO);
		if ((lead == WordKind.AFTER && !fromNow) || (!led && !fromNow && !ago)) {
			return null;
		}
		int sign = (lead == WordKind.AFTER) ? 1 : -1;
		LocalDate day = duration.from(this.calendar.published(), sign);
		int stop = fromNow ? end + 2 : (ago ? end + 1 : end);
		return (day != null) ? new Reading(stop, day, day, duration.precision(), false) : null;
	}

	/** Whether token j names a date, so that the unit before it was not a distance. */
	private boolean namesDate(int j) {
		WordKind kind = this.t.kind(j);
		return kind == WordKind.NUMBER || kind == WordKind.WEEKDAY || kind == WordKind.WEEKDAY_WEAK
				|| kind == WordKind.MONTH || kind == WordKind.MONTH_WEAK || kind == WordKind.HIJRI_MONTH;
	}

	private boolean isUnit(int j) {
		return (this.t.is(j, WordKind.CALENDAR_UNIT) || this.t.is(j, WordKind.UNIT)) && this.t.value(j) >= WEEK;
	}

	/**
	 * A sum of counted units («2 سنة و1 شهر و21 أيام»), read term by term.
	 */
	private final class Distance {

		private long years;

		private long months;

		private long weeks;

		private long days;

		private int finest;

		private int terms;

		/** Reads the terms from token j; the end, or -1 when there is none. */
		int read(int j) {
			int end = term(j);
			if (end < 0) {
				return -1;
			}
			while (true) {
				int k = end;
				if (RelativeGrammar.this.t.is(k, WordKind.AND) || RelativeGrammar.this.t.isPunct(k, COMMA)) {
					k++;
				}
				else if (!RelativeGrammar.this.t.conjoined(k)) {
					return end;
				}
				int next = (this.terms < MAX_TERMS) ? term(k) : -1;
				if (next < 0) {
					return end;
				}
				end = next;
			}
		}

		private int term(int j) {
			DateTokens tokens = RelativeGrammar.this.t;
			WordKind kind = tokens.kind(j);
			if (kind == WordKind.UNIT_DUAL) {
				return add(tokens.value(j), 2, j + 1);
			}
			if (kind == WordKind.UNIT || kind == WordKind.DAY_WORD) {
				return add(tokens.value(j), 1, j + 1);
			}
			int count;
			int k;
			if (kind == WordKind.NUMBER) {
				count = tokens.value(j);
				k = j + 1;
			}
			else if (kind == WordKind.FEW) {
				count = tokens.value(j);
				k = j + 1;
			}
			else {
				Slot spelled = SpelledNumber.read(tokens, j);
				if (spelled == null) {
					return -1;
				}
				count = spelled.value();
				k = spelled.end();
			}
			WordKind unit = tokens.kind(k);
			boolean counted = unit == WordKind.UNIT || unit == WordKind.UNIT_PLURAL || unit == WordKind.DAY_WORD;
			return (counted && count > 0 && count <= MAX_COUNT) ? add(tokens.value(k), count, k + 1) : -1;
		}

		private int add(int unit, int count, int end) {
			switch (unit) {
				case YEAR -> this.years += count;
				case MONTH -> this.months += count;
				case WEEK -> this.weeks += count;
				case DAY -> this.days += count;
				default -> this.days += count / HOURS_IN_DAY;
			}
			this.finest = (this.finest == 0) ? Math.max(unit, DAY) : Math.min(this.finest, Math.max(unit, DAY));
			this.terms++;
			return end;
		}

		LocalDate from(LocalDate published, int sign) {
			try {
				return published.plusYears(sign * this.years)
					.plusMonths(sign * this.months)
					.plusWeeks(sign * this.weeks)
					.plusDays(sign * this.days);
			}
			catch (DateTimeException ex) {
				return null;
			}
		}

		DatePrecision precision() {
			return switch (this.finest) {
				case YEAR -> DatePrecision.YEAR;
				case MONTH -> DatePrecision.MONTH;
				case WEEK -> DatePrecision.WEEK;
				default -> DatePrecision.DAY;
			};
		}

	}

}
