package org.marsad.text.dates;

import static org.marsad.text.dates.Punctuation.ARABIC_QUESTION;
import static org.marsad.text.dates.Punctuation.COMMA;
import static org.marsad.text.dates.Punctuation.DASH;
import static org.marsad.text.dates.Punctuation.DOT;
import static org.marsad.text.dates.Punctuation.EXCLAMATION;
import static org.marsad.text.dates.Punctuation.QUESTION;
import static org.marsad.text.dates.Punctuation.SLASH;

import java.time.LocalDate;

import org.marsad.text.vocabulary.DatePrecision;

/**
 * Reads dates written with a month or a year: «الأول من ديسمبر الفائت», «اليوم الـ 30 من
 * يناير», «2. أكتوبر», "January 23, 2019", «شباط 2019», «عام 2019», «2019م». Numeric
 * dates are read by {@link NumericDates}, parts of months and years by
 * {@link PartGrammar}.
 *
 * <ul>
 * <li>a day of the month alone is read only after «في» or «يوم» at the end of a sentence,
 * as the most recent such day</li>
 * <li>a day is digits (1-31, with an English ordinal suffix) or spelled words, optionally
 * led by «يوم», «اليوم» or the article «الـ», and joined to the month by «من», "of" or
 * one of . - / ,</li>
 * <li>a month may lead, followed by its day ("January 23", «يناير-1»); an Arabic month
 * followed by bare digits counts only when a year or the end of the clause follows, since
 * «في يناير 15 قتيلا» counts people</li>
 * <li>a month name alone counts unless it is also a common word (مارس, آب, رمضان)</li>
 * <li>a year needs «عام» or «سنة» before it or an era (م, هـ) after it; a bare year of
 * four digits from 1900 to 2100 also counts right after «في» or «منذ» ("in", "since"):
 * «في 2019», as the number recogniser reads it as no count</li>
 * <li>a part of a month uses thirds: early is days 1-10, middle 11-20, late 21 to the
 * end, with precision week (ten days are closer to a week than to a month)</li>
 * </ul>
 */
final class DayGrammar {

	private static final int MAX_DAY = 31;

	private static final int YEAR_DIGITS = 4;

	private static final int HIJRI_ERA = 2;

	/**
	 * Bare years (after «في», «منذ») are read in the span the number recogniser skips.
	 */
	private static final int FIRST_BARE_YEAR = 1900;

	private static final int LAST_BARE_YEAR = 2100;

	private final DateTokens t;

	private final PastCalendar calendar;

	private final MonthPhrase months;

	DayGrammar(DateTokens t, PastCalendar calendar, MonthPhrase months) {
		this.t = t;
		this.calendar = calendar;
		this.months = months;
	}

	/** The longest date starting at token i, or null. */
	Reading read(int i) {
		Reading best = Reading.longer(dayMonth(i), dayAlone(i));
		best = Reading.longer(best, monthLed(i));
		best = Reading.longer(best, month(i));
		return Reading.longer(best, year(i));
	}

	/** A day of the month: «الـ 23», «اليوم الـ 30», «الحادي والعشرين», "23rd". */
	Slot day(int i) {
		int j = i;
		if (this.t.is(j, WordKind.DAY_WORD) || (this.t.is(j, WordKind.RELATIVE_DAY) && this.t.value(j) == 0)) {
			j++;
		}
		if (this.t.is(j, WordKind.ARTICLE)) {
			j++;
		}
		int v = this.t.smallNumber(j, MAX_DAY);
		if (v > 0) {
			boolean suffix = this.t.touchesNext(j) && this.t.is(j + 1, WordKind.ORDINAL_SUFFIX);
			return new Slot(v, suffix ? j + 2 : j + 1);
		}
		Slot spelled = SpelledNumber.read(this.t, j);
		return (spelled != null && spelled.value() <= MAX_DAY) ? spelled : null;
	}

	/**
	 * A day of the month without a month, after «في» or «يوم», closing a sentence: «سأعود
	 * في 15». Within a clause such digits count things («في 15 غارة»), so they are not
	 * read.
	 */
	Reading dayAlone(int i) {
		int v = this.t.smallNumber(i, MAX_DAY);
		boolean led = this.t.is(i - 1, WordKind.IN) || this.t.is(i - 1, WordKind.DAY_WORD);
		if (v < 0 || !led || this.t.is(i - 2, WordKind.NUMBER)) {
			return null;
		}
		boolean decimal = this.t.touchesNext(i) && this.t.touchesNext(i + 1) && this.t.is(i + 2, WordKind.NUMBER);
		boolean closes = this.t.is(i + 1, WordKind.NONE) || (this.t.isPunct(i + 1, DOT) && !decimal)
				|| this.t.isPunct(i + 1, EXCLAMATION) || this.t.isPunct(i + 1, QUESTION)
				|| this.t.isPunct(i + 1, ARABIC_QUESTION);
		return closes ? Reading.day(i + 1, this.calendar.recentDayOfMonth(v)) : null;
	}

	/** Where the month starts after a day: past «من», "of" or a mark. */
	int monthAfterDay(int i) {
		int j = i;
		if (this.t.isPunct(j, DOT) || this.t.isPunct(j, DASH) || this.t.isPunct(j, SLASH) || this.t.isPunct(j, COMMA)) {
			j++;
		}
		return this.t.is(j, WordKind.FROM) ? j + 1 : j;
	}

	/** The month (and year, also in words) after a day that ends at token i, or null. */
	MonthRef monthOfDay(int i) {
		MonthRef m = this.months.read(monthAfterDay(i));
		Slot year = (m != null && m.bare()) ? this.months.year(m.end(), m.hijri(), true) : null;
		return (year != null) ? m.withYear(year.end(), year.value()) : m;
	}

	Reading dayMonth(int i) {
		Slot d = day(i);
		if (d == null) {
			return null;
		}
		MonthRef m = monthOfDay(d.end());
		return (m != null) ? Reading.day(m.end(), this.calendar.place(m, d.value(), 0)) : null;
	}

	Reading monthLed(int i) {
		MonthRef m = this.months.read(i);
		if (m == null || !m.bare()) {
			return null;
		}
		int j = m.end();
		boolean marked = this.t.isPunct(j, DASH) || this.t.isPunct(j, DOT);
		if (marked) {
			j++;
		}
		int v = this.t.smallNumber(j, MAX_DAY);
		Slot d;
		if (v > 0) {
			boolean suffix = this.t.touchesNext(j) && this.t.is(j + 1, WordKind.ORDINAL_SUFFIX);
			d = new Slot(v, suffix ? j + 2 : j + 1);
		}
		else {
			d = SpelledNumber.read(this.t, j);
			if (d == null || d.value() > MAX_DAY) {
				return null;
			}
		}
		Slot year = this.months.year(d.end(), m.hijri(), true);
		if (year != null) {
			return Reading.day(year.end(), this.calendar.place(m.withYear(year.end(), year.value()), d.value(), 0));
		}
		WordKind next = this.t.kind(d.end());
		if (next != WordKind.NONE && next != WordKind.PUNCT) {
			return null;
		}
		return Reading.day(d.end(), this.calendar.place(m, d.value(), 0));
	}

	/** A whole month: «شباط 2019», «كانون الثاني الماضي», «ديسمبر». */
	Reading month(int i) {
		MonthRef m = this.months.read(i);
		if (m == null || m.weak() || m.relative()) {
			return null;
		}
		return wholeMonth(m.end(), m);
	}

	private Reading wholeMonth(int end, MonthRef m) {
		LocalDate first = this.calendar.place(m, 0, 0);
		if (first == null) {
			return Reading.consumed(end);
		}
		return new Reading(end, first, PastCalendar.lastDayOfMonth(first, m.hijri()), DatePrecision.MONTH, true);
	}

	/**
	 * Whether the number at token i is a year on its own: «في 2019», «منذ 2011», "in
	 * 2019".
	 */
	private boolean bareYear(int i, int year) {
		boolean led = this.t.is(i - 1, WordKind.IN) || this.t.is(i - 1, WordKind.SINCE);
		return led && year >= FIRST_BARE_YEAR && year <= LAST_BARE_YEAR;
	}

	/** A year: «عام 2019», «2019م», «سنة 1440 هـ», «في 2019». */
	Reading year(int i) {
		int j = i;
		boolean word = this.months.isYearWord(j);
		if (word) {
			j++;
		}
		if (!this.t.is(j, WordKind.NUMBER) || this.t.digits(j) != YEAR_DIGITS) {
			return null;
		}
		int year = this.t.value(j);
		int era = this.t.is(j + 1, WordKind.ERA) ? this.t.value(j + 1) : 0;
		if ((!word && era == 0 && !bareYear(i, year)) || !MonthPhrase.plausibleYear(year, era == HIJRI_ERA)) {
			return null;
		}
		int end = (era != 0) ? j + 2 : j + 1;
		if (era == HIJRI_ERA) {
			MonthRef first = new MonthRef(end, true, 1, year, MonthRef.UNMODIFIED, false, false);
			MonthRef last = new MonthRef(end, true, 12, year, MonthRef.UNMODIFIED, false, false);
			LocalDate from = this.calendar.place(first, 1, 0);
			LocalDate lastMonth = this.calendar.place(last, 1, 0);
			if (from == null || lastMonth == null) {
				return Reading.consumed(end);
			}
			return new Reading(end, from, PastCalendar.lastDayOfMonth(lastMonth, true), DatePrecision.YEAR, true);
		}
		LocalDate from = PastCalendar.date(year, 1, 1);
		return (from != null) ? new Reading(end, from, PastCalendar.date(year, 12, 31), DatePrecision.YEAR, true)
				: Reading.consumed(end);
	}

}
