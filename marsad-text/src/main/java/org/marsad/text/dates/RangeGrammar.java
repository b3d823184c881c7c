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
 * distance («منذ يومين») is a single day, read by {@link RelativeGrammar}</li>
 * <li>«حتى الآن» and «حتى اليوم» end a range at publication</li>
 * <li>days that share a month take their year from the last day</li>
 * <li>a start that falls after the end moves back one year (both read as the most
 * recent); if that does not help the range is not read</li>
 * <li>the precision of a range is the coarser of its ends</li>
 * </ul>
 */
final class RangeGrammar {

	private final DateTokens t;

	private final PastCalendar calendar;

	private final MonthPhrase months;

	private final DayGrammar days;

	private final DateGrammar dates;

	RangeGrammar(DateTokens t, PastCalendar calendar, MonthPhrase months, DayGrammar days, DateGrammar dates) {
		this.t = t;
		this.calendar = calendar;
		this.months = months;
		this.days = days;
		this.dates = dates;
	}

	/** The range starting at token i, or null. */
	Reading read(int i) {
		WordKind lead = this.t.kind(i);
		if (lead == WordKind.SINCE) {
			return since(i + 1);
		}
		if (lead == WordKind.BETWEEN || lead == WordKind.FROM) {
			Reading list = dayList(i + 1);
			return (list != null) ? list : pair(i + 1, lead == WordKind.BETWEEN);
		}
		return dayList(i);
	}

	private Reading since(int j) {
		Reading start = this.dates.single(j);
		if (start == null || !start.resolved() || !start.calendar()) {
			return null;
		}
		Reading end = until(start.end());
		if (end != null) {
			return join(start, end);
		}
		LocalDate published = this.calendar.published();
		if (start.from().isAfter(published)) {
			return null;
		}
		return new Reading(start.end(), start.from(), published, start.precision(), true);
	}

	/** «بين X و Y», «من X إلى Y». */
	private Reading pair(int j, boolean between) {
		Reading start = this.dates.single(j);
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
			end = this.dates.single(k);
		}
		else {
			end = until(start.end());
		}
		return (end != null && end.resolved()) ? join(start, end) : null;
	}

	/** «وحتى Y», «حتى الآن», "until Y". */
	private Reading until(int j) {
		int k = this.t.isPunct(j, COMMA) ? j + 1 : j;
		if (this.t.is(k, WordKind.AND) && this.t.is(k + 1, WordKind.UNTIL)) {
			k++;
		}
		if (!this.t.is(k, WordKind.UNTIL)) {
			return null;
		}
		k++;
		if (this.t.is(k, WordKind.NOW)) {
			return Reading.day(k + 1, this.calendar.published());
		}
		Reading end = this.dates.single(k);
		return (end != null && end.resolved()) ? end : null;
	}

	/** «الـ 23 والـ 24 من كانون الثاني», «3 و 5 شباط», «1 إلى 10 آذار», «3-5 شباط». */
	private Reading dayList(int i) {
		Slot first = this.days.day(i);
		if (first == null) {
			return null;
		}
		int j = first.end();
		if (this.t.is(j, WordKind.AND) || this.t.is(j, WordKind.UNTIL) || this.t.isPunct(j, DASH)) {
			j++;
		}
		else if (!this.t.conjoined(j)) {
			return null;
		}
		Slot last = this.days.day(j);
		if (last == null || last.value() <= first.value()) {
			return null;
		}
		MonthRef m = this.months.read(this.days.monthAfterDay(last.end()));
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
