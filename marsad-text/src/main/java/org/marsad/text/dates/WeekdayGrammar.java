package org.marsad.text.dates;

import static org.marsad.text.dates.Punctuation.COMMA;
import static org.marsad.text.dates.Punctuation.DASH;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.marsad.text.vocabulary.DatePrecision;

/**
 * Reads weekdays: «يوم الخميس», «الخميس الماضي», «الاثنين 12 يناير 2016», «الخميس 21»,
 * «الأحد الثاني», «أول يوم جمعة من يوليو», «الجمعة من الأسبوع المقبل», "last Monday".
 *
 * <ul>
 * <li>a weekday alone is the most recent such day not after publication</li>
 * <li>with «الماضي» (or "last") it is the most recent one before publication; with
 * «المقبل» it falls in the next week; with «هذا» in the publication week</li>
 * <li>a week named beside it («الأسبوع الماضي الأحد») places it in that week (Monday to
 * Sunday)</li>
 * <li>followed by a date, the date is read and the weekday joins its span</li>
 * <li>followed by a day of the month («الخميس 21», «الجمعة في الثانية والعشرين»), it is
 * the most recent such day that falls on that weekday</li>
 * <li>followed by an ordinal up to five («الأحد الثاني»), it is that weekday of the
 * publication month; of a named month when «من» and a month follow the weekday</li>
 * <li>a weekday and the next one («ليلة الخميس - الجمعة») are the most recent such two
 * days</li>
 * <li>«الاثنين» also means "the two", so alone it needs «يوم» or «في» before it, or a
 * date right after it</li>
 * </ul>
 */
final class WeekdayGrammar {

	private static final int UNIT_WEEK = 2;

	private static final int MAX_NTH = 5;

	private static final int MAX_DAY = 31;

	private static final int TEN = 10;

	private static final int NO_WEEK = Integer.MIN_VALUE;

	private final DateTokens t;

	private final PastCalendar calendar;

	private final MonthPhrase months;

	private final DayGrammar days;

	private final NumericDates numeric;

	WeekdayGrammar(DateTokens t, PastCalendar calendar, MonthPhrase months, DayGrammar days, NumericDates numeric) {
		this.t = t;
		this.calendar = calendar;
		this.months = months;
		this.days = days;
		this.numeric = numeric;
	}

	/** The weekday phrase starting at token i, or null. */
	Reading read(int i) {
		Reading nth = nthOfMonth(i);
		if (nth != null) {
			return nth;
		}
		Lead lead = lead(i);
		if (lead == null) {
			return null;
		}
		int j = lead.next();
		boolean dayWord = this.t.is(j, WordKind.DAY_WORD);
		if (dayWord) {
			j++;
		}
		if (!isWeekday(j) || (this.t.is(j + 1, WordKind.NUMBER_WORD) && this.t.value(j + 1) == TEN)) {
			return null;
		}
		DayOfWeek weekday = DayOfWeek.of(this.t.value(j));
		boolean weak = this.t.is(j, WordKind.WEEKDAY_WEAK) && !dayWord && !this.t.is(i - 1, WordKind.IN);
		if (lead.week() != NO_WEEK) {
			return Reading.day(j + 1, inWeek(lead.week(), weekday));
		}
		if (lead.modifier() != NO_WEEK) {
			return Reading.day(j + 1, modified(lead.modifier(), weekday));
		}
		return after(j + 1, weekday, weak);
	}

	/** What may come before a weekday: «هذا», «الأسبوع المقبل», "last". */
	private Lead lead(int i) {
		int j = i;
		int week = NO_WEEK;
		if (this.t.is(j, WordKind.THIS)) {
			week = 0;
			j++;
		}
		if (isWeekUnit(j)) {
			boolean modified = this.t.is(j + 1, WordKind.MODIFIER);
			if (!modified && week == NO_WEEK) {
				return null;
			}
			return new Lead(modified ? j + 2 : j + 1, modified ? this.t.value(j + 1) : 0, NO_WEEK);
		}
		if (week == NO_WEEK && this.t.is(j, WordKind.MODIFIER)) {
			return new Lead(j + 1, NO_WEEK, this.t.value(j));
		}
		return new Lead(j, week, NO_WEEK);
	}

	private Reading after(int j, DayOfWeek weekday, boolean weak) {
		Reading date = dateAt(this.t.isPunct(j, COMMA) ? j + 1 : j);
		if (date == null && !weak && this.t.is(j, WordKind.IN)) {
			date = dateAt(j + 1);
		}
		if (date != null) {
			return date;
		}
		if (this.t.is(j, WordKind.MODIFIER)) {
			return Reading.day(j + 1, modified(this.t.value(j), weekday));
		}
		Reading week = namedWeek(this.t.is(j, WordKind.FROM) ? j + 1 : j, weekday);
		if (week != null) {
			return week;
		}
		if (weak) {
			return null;
		}
		Reading night = Reading.longer(nightPair(j, weekday), onDay(j, weekday));
		return (night != null) ? night : Reading.day(j, this.calendar.recentWeekday(weekday, false));
	}

	/** «الجمعة (من) الأسبوع المقبل», «الجمعة (من) هذا الأسبوع». */
	private Reading namedWeek(int k, DayOfWeek weekday) {
		if (this.t.is(k, WordKind.THIS) && isWeekUnit(k + 1)) {
			return Reading.day(k + 2, inWeek(0, weekday));
		}
		if (isWeekUnit(k) && this.t.is(k + 1, WordKind.MODIFIER)) {
			return Reading.day(k + 2, inWeek(this.t.value(k + 1), weekday));
		}
		return null;
	}

	private Reading dateAt(int k) {
		Reading date = Reading.longer(this.days.dayMonth(k), this.days.monthLed(k));
		return Reading.longer(date, this.numeric.read(k));
	}

	/**
	 * «ليلة الخميس - الجمعة», «الخميس والجمعة»: a weekday and the next one, as the most
	 * recent such pair of days.
	 */
	private Reading nightPair(int j, DayOfWeek weekday) {
		int k = j;
		if (this.t.isPunct(k, DASH) || this.t.is(k, WordKind.AND)) {
			k++;
		}
		else if (!this.t.conjoined(k) && !isWeekday(k)) {
			return null;
		}
		DayOfWeek next = weekday.plus(1);
		if (!isWeekday(k) || this.t.value(k) != next.getValue()) {
			return null;
		}
		LocalDate second = this.calendar.recentWeekday(next, false);
		return new Reading(k + 1, second.minusDays(1), second, DatePrecision.DAY, true);
	}

	/** «الخميس 21», «الجمعة في خمسة عشر», «الأحد الثاني». */
	private Reading onDay(int j, DayOfWeek weekday) {
		boolean in = this.t.is(j, WordKind.IN);
		int k = in ? j + 1 : j;
		int v = this.t.smallNumber(k, MAX_DAY);
		if (v > 0) {
			WordKind next = this.t.kind(k + 1);
			boolean clauseEnds = next == WordKind.NONE || (next == WordKind.PUNCT && !this.t.touchesNext(k));
			return clauseEnds ? Reading.day(k + 1, this.calendar.recentWeekdayOnDay(weekday, v)) : null;
		}
		Slot spelled = SpelledNumber.read(this.t, k);
		if (spelled == null || spelled.value() > MAX_DAY || countsSomething(spelled.end())) {
			return null;
		}
		if (!in && spelled.value() <= MAX_NTH) {
			LocalDate first = this.calendar.published().withDayOfMonth(1);
			return Reading.day(spelled.end(), PastCalendar.nthWeekday(first, spelled.value(), weekday));
		}
		return Reading.day(spelled.end(), this.calendar.recentWeekdayOnDay(weekday, spelled.value()));
	}

	/** Whether a noun follows the number, which then counts («الجمعة خمسة قتلى»). */
	private boolean countsSomething(int j) {
		WordKind next = this.t.kind(j);
		return next == WordKind.WORD || next == WordKind.UNIT || next == WordKind.UNIT_PLURAL;
	}

	/** «أول يوم جمعة من يوليو», «أول يوم جمعة في هذا الشهر», "first Friday of July". */
	private Reading nthOfMonth(int i) {
		if (!this.t.is(i, WordKind.NUMBER_WORD) || this.t.value(i) > MAX_NTH) {
			return null;
		}
		int j = this.t.is(i + 1, WordKind.DAY_WORD) ? i + 2 : i + 1;
		if (!isWeekday(j) || !(this.t.is(j + 1, WordKind.FROM) || this.t.is(j + 1, WordKind.IN))) {
			return null;
		}
		MonthRef m = this.months.read(j + 2);
		if (m == null) {
			return null;
		}
		LocalDate first = this.calendar.place(m, 0, 0);
		if (first == null || m.hijri()) {
			return Reading.consumed(m.end());
		}
		return Reading.day(m.end(), PastCalendar.nthWeekday(first, this.t.value(i), DayOfWeek.of(this.t.value(j))));
	}

	private LocalDate modified(int modifier, DayOfWeek weekday) {
		return (modifier < 0) ? this.calendar.recentWeekday(weekday, true) : inWeek(modifier, weekday);
	}

	private LocalDate inWeek(int week, DayOfWeek weekday) {
		return this.calendar.weekStart(week).with(TemporalAdjusters.nextOrSame(weekday));
	}

	private boolean isWeekday(int j) {
		return this.t.is(j, WordKind.WEEKDAY) || this.t.is(j, WordKind.WEEKDAY_WEAK);
	}

	private boolean isWeekUnit(int j) {
		return (this.t.is(j, WordKind.CALENDAR_UNIT) || this.t.is(j, WordKind.UNIT)) && this.t.value(j) == UNIT_WEEK;
	}

	/**
	 * What was read before a weekday.
	 *
	 * @param next where the weekday (or «يوم») should be
	 * @param week the week it falls in, counted from publication, or {@link #NO_WEEK}
	 * @param modifier an English modifier before it ("last"), or {@link #NO_WEEK}
	 */
	private record Lead(int next, int week, int modifier) {
	}

}
