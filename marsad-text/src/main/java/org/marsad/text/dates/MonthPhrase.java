package org.marsad.text.dates;

import static org.marsad.text.dates.Punctuation.CLOSE;
import static org.marsad.text.dates.Punctuation.COMMA;
import static org.marsad.text.dates.Punctuation.DASH;
import static org.marsad.text.dates.Punctuation.DOT;
import static org.marsad.text.dates.Punctuation.OPEN;
import static org.marsad.text.dates.Punctuation.SLASH;

/**
 * Reads a month as written: a name from any of the calendars, optionally led by شهر,
 * followed by its name in another region (كانون الثاني / يناير), then a year or a
 * modifier (الماضي, الجاري, المقبل); or "the month" (الشهر, هذا الشهر) with its modifier.
 */
final class MonthPhrase {

	/** Years accepted after a Gregorian month. */
	private static final int MIN_YEAR = 1000;

	private static final int MAX_YEAR = 2999;

	/** Years accepted after a Hijri month. */
	private static final int MIN_HIJRI_YEAR = 1300;

	private static final int MAX_HIJRI_YEAR = 1600;

	private static final int YEAR_DIGITS = 4;

	private static final int UNIT_MONTH = 3;

	private static final int UNIT_YEAR = 4;

	private final DateTokens t;

	private final int publishedYear;

	MonthPhrase(DateTokens t, int publishedYear) {
		this.t = t;
		this.publishedYear = publishedYear;
	}

	/** The month starting at token i, or null. */
	MonthRef read(int i) {
		int j = i;
		boolean named = false;
		if (this.t.is(j, WordKind.UNIT) && this.t.value(j) == UNIT_MONTH && isMonthName(j + 1)) {
			j++;
			named = true;
		}
		if (isMonthName(j)) {
			return named(j, named);
		}
		if (this.t.is(j, WordKind.THIS) && isMonthUnit(j + 1)) {
			return new MonthRef(j + 2, false, 0, 0, 0, true, false);
		}
		if (isMonthUnit(j)) {
			boolean modified = this.t.is(j + 1, WordKind.MODIFIER);
			int modifier = modified ? this.t.value(j + 1) : MonthRef.UNMODIFIED;
			return new MonthRef(modified ? j + 2 : j + 1, false, 0, 0, modifier, true, false);
		}
		return null;
	}

	private MonthRef named(int i, boolean named) {
		WordKind kind = this.t.kind(i);
		boolean hijri = kind == WordKind.HIJRI_MONTH;
		int month = this.t.value(i);
		int j = afterPairedName(i + 1, kind, month);
		if (this.t.is(j, WordKind.MODIFIER)) {
			return new MonthRef(j + 1, hijri, month, 0, this.t.value(j), false, false);
		}
		Slot year = year(j, hijri, false);
		if (year != null) {
			return new MonthRef(year.end(), hijri, month, year.value(), MonthRef.UNMODIFIED, false, false);
		}
		return new MonthRef(j, hijri, month, 0, MonthRef.UNMODIFIED, false, !named && kind != WordKind.MONTH);
	}

	/**
	 * Skips the same month named again in another region's name: «كانون الثاني / يناير».
	 */
	private int afterPairedName(int j, WordKind kind, int month) {
		int k = j;
		boolean bracket = this.t.isPunct(k, OPEN);
		if (bracket || this.t.isPunct(k, SLASH) || this.t.isPunct(k, DASH)) {
			k++;
		}
		if (kind == WordKind.HIJRI_MONTH || !isGregorian(k) || this.t.value(k) != month) {
			return j;
		}
		k++;
		return (bracket && this.t.isPunct(k, CLOSE)) ? k + 1 : k;
	}

	/**
	 * A year after a month or a day: an optional comma, an optional «من» (before «عام» or
	 * a spelled year) and «عام», four digits or words, an optional era; or a year counted
	 * from publication («من العام الماضي», «هذا العام»). A year in words needs one of
	 * these marks or two words or more, so that «15 آذار ألف نازح» counts people.
	 * @param i where the year may start
	 * @param hijri whether it follows a Hijri month
	 * @param spelled whether a year in words is accepted
	 * @return the year, or null
	 */
	Slot year(int i, boolean hijri, boolean spelled) {
		int j = i;
		if (this.t.isPunct(j, COMMA) || this.t.isPunct(j, DOT)) {
			j++;
		}
		boolean from = this.t.is(j, WordKind.FROM) && (spelled || isYearWord(j + 1) || this.t.is(j + 1, WordKind.THIS));
		if (from) {
			j++;
		}
		Slot relative = hijri ? null : relativeYear(j);
		if (relative != null) {
			return relative;
		}
		boolean word = isYearWord(j);
		if (word) {
			j++;
		}
		boolean led = j > i;
		int year;
		if (this.t.is(j, WordKind.NUMBER) && this.t.digits(j) == YEAR_DIGITS && (!from || word)) {
			year = this.t.value(j);
			j++;
		}
		else {
			Slot words = spelled ? SpelledNumber.read(this.t, j) : null;
			if (words == null || (!led && words.end() - j < 2)) {
				return null;
			}
			year = words.value();
			j = words.end();
		}
		if (!plausibleYear(year, hijri)) {
			return null;
		}
		return new Slot(year, this.t.is(j, WordKind.ERA) ? j + 1 : j);
	}

	/** «العام الماضي», «هذا العام»: a year counted from publication. */
	private Slot relativeYear(int j) {
		if (this.t.is(j, WordKind.THIS) && isYearUnit(j + 1)) {
			return new Slot(this.publishedYear, j + 2);
		}
		if (isYearUnit(j) && this.t.is(j + 1, WordKind.MODIFIER)) {
			return new Slot(this.publishedYear + this.t.value(j + 1), j + 2);
		}
		return null;
	}

	private boolean isYearUnit(int j) {
		return this.t.is(j, WordKind.CALENDAR_UNIT) && this.t.value(j) == UNIT_YEAR;
	}

	/** Whether a year is in the range read: 1000-2999, or 1300-1600 in the Hijri era. */
	static boolean plausibleYear(int year, boolean hijri) {
		return hijri ? (year >= MIN_HIJRI_YEAR && year <= MAX_HIJRI_YEAR) : (year >= MIN_YEAR && year <= MAX_YEAR);
	}

	boolean isYearWord(int j) {
		return (this.t.is(j, WordKind.UNIT) || this.t.is(j, WordKind.CALENDAR_UNIT)) && this.t.value(j) == UNIT_YEAR;
	}

	private boolean isMonthName(int j) {
		WordKind kind = this.t.kind(j);
		return kind == WordKind.MONTH || kind == WordKind.MONTH_WEAK || kind == WordKind.HIJRI_MONTH;
	}

	private boolean isGregorian(int j) {
		WordKind kind = this.t.kind(j);
		return kind == WordKind.MONTH || kind == WordKind.MONTH_WEAK;
	}

	private boolean isMonthUnit(int j) {
		return this.t.is(j, WordKind.CALENDAR_UNIT) && this.t.value(j) == UNIT_MONTH;
	}

}
