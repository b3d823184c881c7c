package org.marsad.text.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.text.dates.ArabicDates.assertDay;
import static org.marsad.text.dates.ArabicDates.assertRange;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.marsad.text.DateMention;
import org.marsad.text.vocabulary.DatePrecision;

/**
 * Weekdays and dates named from the publication date, one rule per test. The reports were
 * published on Thursday 31 January 2019.
 */
class RelativeDateTests {

	@Test
	void readsAWeekdayAsTheMostRecentOneNotAfterPublication() {
		assertDay(ArabicDates.only("وقع القصف يوم الثلاثاء"), "2019-01-29");
		assertDay(ArabicDates.only("وقع القصف يوم الخميس"), "2019-01-31");
	}

	@Test
	void readsAPastWeekdayAsTheOneBeforePublication() {
		DateMention mention = ArabicDates.only("وقع القصف يوم الخميس الماضي");
		assertThat(mention.text()).isEqualTo("يوم الخميس الماضي");
		assertDay(mention, "2019-01-24");
	}

	@Test
	void readsAWeekdayInANamedWeek() {
		assertDay(ArabicDates.only("يوم الجمعة من الأسبوع الماضي"), "2019-01-25");
	}

	@Test
	void readsAWeekdayBeforeAFullDateAsThatDate() {
		DateMention mention = ArabicDates.only("الطيران السوري يقصف إدلب الجمعة 17 نيسان 2015");
		assertThat(mention.text()).isEqualTo("الجمعة 17 نيسان 2015");
		assertDay(mention, "2015-04-17");
	}

	@Test
	void joinsTodayToTheWeekdayDateThatFollows() {
		DateMention mention = ArabicDates.only("ألقى الطيران المروحي اليوم الأحد 19-4-2015 برميلاً متفجراً");
		assertThat(mention.text()).isEqualTo("اليوم الأحد 19-4-2015");
		assertDay(mention, "2015-04-19");
	}

	@Test
	void doesNotReadTheTwoAsMonday() {
		assertThat(ArabicDates.find("وأُطلق سراح الاثنين لاحقاً")).isEmpty();
	}

	@Test
	void doesNotMergeTheTwoIntoTheDateThatFollows() {
		DateMention mention = ArabicDates.only("اعتقل الاثنين في 12/1");
		assertThat(mention.text()).isEqualTo("12/1");
		assertDay(mention, "2019-01-12");
	}

	@Test
	void readsTheNightBetweenTwoWeekdaysAsTwoDays() {
		DateMention mention = ArabicDates.only("قصف الطيران ليلة الخميس - الجمعة");
		assertThat(mention.text()).isEqualTo("الخميس - الجمعة");
		assertRange(mention, "2019-01-24", "2019-01-25", DatePrecision.DAY);
	}

	@Test
	void readsAnEnDashBetweenWeekdays() {
		assertRange(ArabicDates.only("ليل السبت – الأحد"), "2019-01-26", "2019-01-27", DatePrecision.DAY);
	}

	@Test
	void readsYesterdayAndTheDayBefore() {
		assertDay(ArabicDates.only("وصلت الدفعة أمس"), "2019-01-30");
		assertDay(ArabicDates.only("وصلت الدفعة البارحة"), "2019-01-30");
		assertDay(ArabicDates.only("وصلت الدفعة أول من أمس"), "2019-01-29");
		assertDay(ArabicDates.only("وصلت الدفعة أول أمس"), "2019-01-29");
	}

	@Test
	void readsTheDayBeforeYesterdayInItsLevantineOrder() {
		assertDay(ArabicDates.only("وصلوا أمس الأول"), "2019-01-29");
	}

	@Test
	void readsTodayAsThePublicationDate() {
		assertDay(ArabicDates.only("أعلنت قسد اليوم السيطرة على البلدة"), "2019-01-31");
	}

	@Test
	void readsTheFollowingDayAfterThePreviousDate() {
		List<DateMention> mentions = ArabicDates.find("اعتقل في 10 كانون الثاني وأفرج عنه في اليوم التالي");
		assertThat(mentions).hasSize(2);
		assertDay(mentions.get(1), "2019-01-11");
	}

	@Test
	void countsDistancesBackFromPublication() {
		assertDay(ArabicDates.only("نزحوا قبل نحو 10 أيام"), "2019-01-21");
		assertDay(ArabicDates.only("نزحوا منذ يومين"), "2019-01-29");
	}

	@Test
	void givesADistanceThePrecisionOfItsUnit() {
		assertRange(ArabicDates.only("نزحوا قبل أسبوع"), "2019-01-24", "2019-01-24", DatePrecision.WEEK);
		assertRange(ArabicDates.only("نزحوا قبل شهرين"), "2018-11-30", "2018-11-30", DatePrecision.MONTH);
	}

	@Test
	void readsMoreThanADistanceAsThatDistance() {
		assertRange(ArabicDates.only("خرجوا منذ أكثر من أسبوع"), "2019-01-24", "2019-01-24", DatePrecision.WEEK);
	}

	@Test
	void readsLastWeekAsMondayToSunday() {
		assertRange(ArabicDates.only("خلال الأسبوع الماضي"), "2019-01-21", "2019-01-27", DatePrecision.WEEK);
	}

	@Test
	void readsLastMonthAsTheWholeMonth() {
		assertRange(ArabicDates.only("خلال الشهر الماضي"), "2018-12-01", "2018-12-31", DatePrecision.MONTH);
	}

	@Test
	void readsTheNthWeekdayOfThePublicationMonth() {
		assertDay(ArabicDates.only("عقد الاجتماع يوم الأحد الثاني"), "2019-01-13");
	}

	@Test
	void doesNotTakeACountAfterAWeekdayForItsRank() {
		DateMention mention = ArabicDates.only("سقط يوم الجمعة خمسة قتلى");
		assertThat(mention.text()).isEqualTo("يوم الجمعة");
		assertDay(mention, "2019-01-25");
	}

	@Test
	void leavesALeadingConjunctionOutOfTheSpan() {
		DateMention mention = ArabicDates.only("نزحت عائلات وأمس عادت أخرى");
		assertThat(mention.text()).isEqualTo("أمس");
		assertDay(mention, "2019-01-30");
	}

}
