package org.marsad.text.dates;

/**
 * A month as named in a text, before it is placed in a year.
 *
 * @param end token index after the month phrase
 * @param hijri whether the month is a Hijri month
 * @param month the month, 1-12 (for a relative month, ignored)
 * @param year the year as written, or 0 when none was written
 * @param modifier -1 past, 0 current, 1 next, or {@link #UNMODIFIED}
 * @param relative whether the month is "the month" (الشهر), counted from the publication
 * month by the modifier
 * @param weak whether the month name is also a common word and stood alone
 */
record MonthRef(int end, boolean hijri, int month, int year, int modifier, boolean relative, boolean weak) {

	/** The modifier of a month written without one. */
	static final int UNMODIFIED = Integer.MIN_VALUE;

	/** Whether nothing but the month name was written. */
	boolean bare() {
		return this.year == 0 && this.modifier == UNMODIFIED && !this.relative;
	}

	MonthRef withYear(int end, int year) {
		return new MonthRef(end, this.hijri, this.month, year, this.modifier, this.relative, false);
	}

}
