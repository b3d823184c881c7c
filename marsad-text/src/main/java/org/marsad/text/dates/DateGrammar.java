package org.marsad.text.dates;

import java.time.LocalDate;

/**
 * The date grammar over the tokens of one text: at each token it tries every rule and
 * keeps the longest reading, so that «اليوم الـ 30 من يناير» wins over «اليوم» and a
 * range over its first date. One instance serves one call of {@link DateRecognizer#find}.
 */
final class DateGrammar {

	private final DateTokens tokens;

	private final NumericDates numeric;

	private final DayGrammar days;

	private final PartGrammar parts;

	private final PeriodGrammar periods;

	private final WeekdayGrammar weekdays;

	private final RelativeGrammar relative;

	private final RangeGrammar ranges;

	DateGrammar(DateTokens tokens, LocalDate published) {
		this.tokens = tokens;
		PastCalendar calendar = new PastCalendar(published);
		MonthPhrase months = new MonthPhrase(tokens, published.getYear());
		this.numeric = new NumericDates(tokens, calendar);
		this.days = new DayGrammar(tokens, calendar, months);
		this.parts = new PartGrammar(tokens, calendar, months, this.days);
		this.periods = new PeriodGrammar(tokens, calendar);
		this.weekdays = new WeekdayGrammar(tokens, calendar, months, this.days, this.numeric);
		this.relative = new RelativeGrammar(tokens, calendar);
		this.ranges = new RangeGrammar(tokens, calendar, this.days, this);
	}

	/** The longest date or range starting at token i, or null. */
	Reading read(int i) {
		Reading one = single(i);
		return Reading.longer(this.ranges.read(i, one), one);
	}

	/**
	 * The longest single date (not a range) starting at token i, or null. «اليوم» before
	 * a weekday («اليوم الأحد 19-4-2015») joins the weekday's date.
	 */
	Reading single(int i) {
		if (this.tokens.is(i, WordKind.RELATIVE_DAY) && this.tokens.value(i) == 0) {
			Reading named = this.weekdays.read(i + 1);
			if (named != null && named.resolved()) {
				return named;
			}
		}
		Reading best = this.numeric.read(i);
		best = Reading.longer(best, this.days.read(i));
		best = Reading.longer(best, this.parts.read(i));
		best = Reading.longer(best, this.periods.read(i));
		best = Reading.longer(best, this.weekdays.read(i));
		return Reading.longer(best, this.relative.read(i));
	}

	/** Tells the grammar the last date read, which «اليوم التالي» follows. */
	void follow(LocalDate date) {
		this.relative.follow(date);
	}

}
