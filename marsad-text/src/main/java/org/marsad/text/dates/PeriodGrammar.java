package org.marsad.text.dates;

import java.time.LocalDate;

import org.marsad.text.vocabulary.DatePrecision;

/**
 * Reads the last stretch of time before publication: «خلال الساعات الـ 24 الماضية», «الـ
 * 48 ساعة الأخيرة», «الأيام العشرة الماضية», «الأشهر الستة الماضية», «اليومين الماضيين»,
 * "the past 3 days".
 *
 * <ul>
 * <li>the range runs from that many units before publication to publication</li>
 * <li>hours count as whole days, rounded up (the last 24 hours are yesterday and
 * today)</li>
 * <li>the precision is that of the unit, a day for hours</li>
 * <li>only a past modifier (الماضية, الأخيرة, "past") makes such a range</li>
 * </ul>
 */
final class PeriodGrammar {

	private static final int HOUR = 0;

	private static final int DAY = 1;

	private static final int WEEK = 2;

	private static final int MONTH = 3;

	private static final int HOURS_IN_DAY = 24;

	private static final int MAX_COUNT = 9999;

	private final DateTokens t;

	private final PastCalendar calendar;

	PeriodGrammar(DateTokens t, PastCalendar calendar) {
		this.t = t;
		this.calendar = calendar;
	}

	/** The period ending at publication that starts at token i, or null. */
	Reading read(int i) {
		if (this.t.is(i, WordKind.PERIOD_DUAL)) {
			return ending(i + 1, this.t.value(i), 2);
		}
		if (this.t.is(i, WordKind.PERIOD_UNIT)) {
			Slot count = count(this.t.is(i + 1, WordKind.ARTICLE) ? i + 2 : i + 1);
			return (count != null) ? ending(count.end(), this.t.value(i), count.value()) : null;
		}
		boolean english = this.t.is(i, WordKind.MODIFIER) && this.t.value(i) < 0;
		int j = (english || this.t.is(i, WordKind.ARTICLE)) ? i + 1 : i;
		Slot count = count(j);
		WordKind unit = this.t.kind(count == null ? -1 : count.end());
		if (count == null || !(unit == WordKind.UNIT || unit == WordKind.UNIT_PLURAL)) {
			return null;
		}
		int value = this.t.value(count.end());
		if (english) {
			return period(count.end() + 1, value, count.value());
		}
		return ending(count.end() + 1, value, count.value());
	}

	private Slot count(int j) {
		if (this.t.is(j, WordKind.NUMBER)) {
			int v = this.t.value(j);
			return (v > 0 && v <= MAX_COUNT) ? new Slot(v, j + 1) : null;
		}
		Slot spelled = SpelledNumber.read(this.t, j);
		return (spelled != null && spelled.value() <= MAX_COUNT) ? spelled : null;
	}

	/** The period, when a past modifier follows at token j. */
	private Reading ending(int j, int unit, int count) {
		if (!this.t.is(j, WordKind.MODIFIER) || this.t.value(j) >= 0) {
			return null;
		}
		return period(j + 1, unit, count);
	}

	private Reading period(int end, int unit, int count) {
		LocalDate to = this.calendar.published();
		return switch (unit) {
			case HOUR ->
				new Reading(end, to.minusDays((count + HOURS_IN_DAY - 1) / HOURS_IN_DAY), to, DatePrecision.DAY, true);
			case DAY -> new Reading(end, to.minusDays(count), to, DatePrecision.DAY, true);
			case WEEK -> new Reading(end, to.minusWeeks(count), to, DatePrecision.WEEK, true);
			case MONTH -> new Reading(end, to.minusMonths(count), to, DatePrecision.MONTH, true);
			default -> new Reading(end, to.minusYears(count), to, DatePrecision.YEAR, true);
		};
	}

}
