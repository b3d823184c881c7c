package org.marsad.text.dates;

import static org.marsad.text.dates.Punctuation.COMMA;
import static org.marsad.text.dates.Punctuation.DASH;

import java.time.LocalDate;

import org.marsad.text.vocabulary.DatePrecision;

/**
 * Reads date ranges as one mention: «منذ الأول من ديسمبر وحتى اليوم الـ 30 من يناير»,
 * «منذ 19 كانون الأول», «بين 3 و 5 شباط», «من 1 إلى 10 آذار», «في الـ 23 والـ 24 من كانون
 * الثاني», "since 1 December", "between 3 and 5 February".
 *
 * <ul>
 * <li>«منذ» and a date with no end runs from that date to publication; «منذ» with a
 * distance («منذ يومين») is a single day, read by {@link RelativeGrammar}, unless an end
 * follows («منذ يومين وحتى اليوم»)</li>
 * <li>«منذ» also reads a year in digits alone («منذ 2011»)</li>
 * <li>«حتى الآن» and «حتى اليوم» end a range at publication</li>
 * <li>days that share a month take their year from the last day</li>
 * <li>a start that falls after the end moves back one year (both read as the most
 * recent); if that does not help the range is not read</li>
 * <li>the precision of a range is the coarser of its ends</li>
 * </ul>
 */
final class RangeGrammar {

	/** Days read in one list at most, which keeps the scan linear. */
	private static final int MAX_LISTED_DAYS = 10;

	private static final int YEAR_DIGITS = 4;

	private static final int FIRST_BARE_YEAR = 1900;

	private final DateTokens t;

	private final PastCalendar calendar;

	private final DayGrammar days;

	private final DateGrammar dates;

	RangeGrammar(DateTokens t, PastCalendar calendar, DayGrammar days, DateGrammar dates) {
		this.t = t;
		this.calendar = calendar;
		this.days = days;
		this.dates = dates;
	}

	/**
	 * The range starting at token i, or null.
	 * @param i the token
	 * @param single the single date read at token i, or null
	 * @return the range or null
	 */
	Reading read(int i, Reading single) {
		WordKind lead = this.t.kind(i);
		if (lead == WordKind.SINCE) {
			Reading since = since(i + 1);
			return (since != null) ? since : openStart(single);
		}
		if (lead == WordKind.BETWEEN || lead == WordKind.FROM) {
			Reading list = dayList(i + 1);
			return (list != null) ? list : pair(i + 1, lead == WordKind.BETWEEN);
		}
		Reading list = dayList(i);
		return (list != null) ? list : openStart(single);
	}

	/** «يوم 5 آذار وحتى الآن», «5 آذار حتى 10 نيسان»: a date with an end but no lead. */
	private Reading openStart(Reading start) {
		if (start == null || !start.resolved()) {
			return null;
		}
		Reading end = until(start.end(), start.precision() == DatePrecision.YEAR);
		return (end != null) ? join(start, end) : null;
	}

	private Reading since(int j) {
		Reading start = Reading.longer(this.dates.single(j), bareYear(j));
		if (start == null || !start.resolved() || !start.calendar()) {
			return null;
		}
		Reading end = until(start.end(), start.precision() == DatePrecision.YEAR);
		if (end != null) {
			return join(start, end);
		}
		LocalDate published = this.calendar.published();
		if (start.from().isAfter(published)) {
			return null;
		}
		return new Reading(start.end(), start.from(), published, start.precision(), true);
	}

	/** A year in digits alone, which «منذ» makes plain: «منذ 2011». */
	private Reading bareYear(int j) {
		if (!this.t.is(j, WordKind.NUMBER) || this.t.digits(j) != YEAR_DIGITS
				|| !MonthPhrase.plausibleYear(this.t.value(j), false)) {
			return null;
		}
		LocalDate from = PastCalendar.date(this.t.value(j), 1, 1);
		return new Reading(j + 1, from, PastCalendar.date(this.t.value(j), 12, 31), DatePrecision.YEAR, true);
	}

	/** Whether token j is a year in digits, from 1900 to the year of publication. */
	private boolean pastYear(int j) {
		return this.t.is(j, WordKind.NUMBER) && this.t.digits(j) == YEAR_DIGITS && this.t.value(j) >= FIRST_BARE_YEAR
				&& this.t.value(j) <= this.calendar.published().getYear();
	}

	/**
	 * «بين X و Y», «من X إلى Y»; X and Y may be years in digits alone when both are past
	 * years from 1900 on («بين 2015 و2017»), which are then never counts.
	 */
	private Reading pair(int j, boolean between) {
		Reading start = this.dates.single(j);
		boolean bare = start == null && pastYear(j);
		if (bare) {
			start = bareYear(j);
		}
		if (start == null || !start.resolved()) {
			return null;
		}
		Reading end;
		if (between) {
			int k = start.end();
			if (this.t.is(k, WordKind.AND)) {
				k++;
			}
			else if (!this.t.conjoined(k)) {
				return null;
			}
			end = (bare && pastYear(k)) ? bareYear(k) : this.dates.single(k);
		}
		else if (bare) {
			int k = this.t.is(start.end(), WordKind.UNTIL) ? start.end() + 1 : -1;
			end = (k > 0 && pastYear(k)) ? bareYear(k) : null;
		}
		else {
			end = until(start.end(), start.precision() == DatePrecision.YEAR);
		}
		return (end != null && end.resolved()) ? join(start, end) : null;
	}

	/**
	 * «وحتى Y», «حتى الآن», "until Y", «- Y»; after a year, a year in digits alone («منذ
	 * 2011 وحتى 2019»).
	 */
	private Reading until(int j, boolean afterYear) {
		int k = this.t.isPunct(j, COMMA) ? j + 1 : j;
		if (this.t.is(k, WordKind.AND) && this.t.is(k + 1, WordKind.UNTIL)) {
			k++;
		}
		boolean dash = this.t.isPunct(k, DASH);
		if (!dash && !this.t.is(k, WordKind.UNTIL)) {
			return null;
		}
		k++;
		if (!dash && this.t.is(k, WordKind.NOW)) {
			return Reading.day(k + 1, this.calendar.published());
		}
		Reading end = Reading.longer(this.dates.single(k), afterYear ? bareYear(k) : null);
		return (end != null && end.resolved()) ? end : null;
	}

	/**
	 * «الـ 23 والـ 24 من كانون الثاني», «3 و 5 شباط», «1 إلى 10 آذار», «3-5 شباط», «23
	 * و24 و25 آذار»: days in rising order that share the month after the last of them.
	 */
	private Reading dayList(int i) {
		Slot first = this.days.day(i);
		if (first == null) {
			return null;
		}
		Slot last = first;
		for (int n = 1; n < MAX_LISTED_DAYS; n++) {
			int j = last.end();
			if (this.t.is(j, WordKind.AND) || this.t.is(j, WordKind.UNTIL) || this.t.isPunct(j, DASH)
					|| this.t.isPunct(j, COMMA)) {
				j++;
			}
			else if (!this.t.conjoined(j)) {
				break;
			}
			Slot next = this.days.day(j);
			if (next == null || next.value() <= last.value()) {
				break;
			}
			last = next;
		}
		if (last == first) {
			return null;
		}
		MonthRef m = this.days.monthOfDay(last.end());
		if (m == null) {
			return null;
		}
		LocalDate from = this.calendar.place(m, first.value(), last.value());
		LocalDate to = this.calendar.place(m, last.value(), 0);
		if (from == null || to == null) {
			return Reading.consumed(m.end());
		}
		return new Reading(m.end(), from, to, DatePrecision.DAY, true);
	}

	private static Reading join(Reading start, Reading end) {
		LocalDate from = start.from();
		if (from.isAfter(end.to())) {
			from = from.minusYears(1);
			if (from.isAfter(end.to())) {
				return null;
			}
		}
		DatePrecision precision = (start.precision().compareTo(end.precision()) >= 0) ? start.precision()
				: end.precision();
		return new Reading(end.end(), from, end.to(), precision, true);
	}

}
