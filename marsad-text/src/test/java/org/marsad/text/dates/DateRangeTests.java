package org.marsad.text.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.text.dates.ArabicDates.assertRange;

import org.junit.jupiter.api.Test;

import org.marsad.text.DateMention;
import org.marsad.text.vocabulary.DatePrecision;

/**
 * Ranges read as one mention, one rule per test. The reports were published on Thursday
 * 31 January 2019.
 */
class DateRangeTests {

	@Test
	void readsTheExampleRangeFromTheFirstOfDecemberToTheThirtiethOfJanuary() {
		DateMention mention = ArabicDates.only("خرجوا منذ الأول من ديسمبر الفائت وحتى اليوم الـ 30 من يناير الجاري");
		assertThat(mention.text()).isEqualTo("منذ الأول من ديسمبر الفائت وحتى اليوم الـ 30 من يناير الجاري");
		assertRange(mention, "2018-12-01", "2019-01-30", DatePrecision.DAY);
	}

	@Test
	void readsDaysSharingAMonthAsOneRange() {
		DateMention mention = ArabicDates.only("في الـ 23 والـ 24 من كانون الثاني");
		assertThat(mention.text()).isEqualTo("الـ 23 والـ 24 من كانون الثاني");
		assertRange(mention, "2019-01-23", "2019-01-24", DatePrecision.DAY);
	}

	@Test
	void readsSeveralDaysSharingAMonthAsOneRange() {
		DateMention mention = ArabicDates.only("في 23 و24 و25 كانون الثاني");
		assertThat(mention.text()).isEqualTo("23 و24 و25 كانون الثاني");
		assertRange(mention, "2019-01-23", "2019-01-25", DatePrecision.DAY);
	}

	@Test
	void readsBetweenTwoDaysAsOneRange() {
		assertRange(ArabicDates.only("بين 3 و 5 كانون الثاني"), "2019-01-03", "2019-01-05", DatePrecision.DAY);
	}

	@Test
	void readsFromOneDayToAnotherAsOneRange() {
		assertRange(ArabicDates.only("من 1 إلى 10 كانون الثاني"), "2019-01-01", "2019-01-10", DatePrecision.DAY);
	}

	@Test
	void readsSinceADateAsARangeToPublication() {
		assertRange(ArabicDates.only("منذ 19 كانون الأول"), "2018-12-19", "2019-01-31", DatePrecision.DAY);
	}

	@Test
	void readsSinceAYearAsARangeNotAsADistance() {
		assertRange(ArabicDates.only("محاصرون منذ عام 2017"), "2017-01-01", "2019-01-31", DatePrecision.YEAR);
	}

	@Test
	void readsSinceABareYearAsARangeToPublication() {
		assertRange(ArabicDates.only("تهجّر سكان البلدة منذ 2012"), "2012-01-01", "2019-01-31", DatePrecision.YEAR);
	}

	@Test
	void readsADateUntilNowAsARange() {
		assertRange(ArabicDates.only("يوم 5 كانون الثاني وحتى الآن"), "2019-01-05", "2019-01-31", DatePrecision.DAY);
	}

	@Test
	void readsTheLastHoursAsWholeDaysUpToPublication() {
		DateMention mention = ArabicDates.only("قُتل 12 مدنياً خلال الساعات الـ 24 الماضية");
		assertThat(mention.text()).isEqualTo("الساعات الـ 24 الماضية");
		assertRange(mention, "2019-01-30", "2019-01-31", DatePrecision.DAY);
	}

	@Test
	void readsTheLastDaysOrMonthsAsARangeToPublication() {
		assertRange(ArabicDates.only("خلال الأيام العشرة الماضية"), "2019-01-21", "2019-01-31", DatePrecision.DAY);
		assertRange(ArabicDates.only("خلال الأشهر الستة الماضية"), "2018-07-31", "2019-01-31", DatePrecision.MONTH);
		assertRange(ArabicDates.only("خلال اليومين الماضيين"), "2019-01-29", "2019-01-31", DatePrecision.DAY);
	}

	@Test
	void readsTwoDatesJoinedByADashAsOneRange() {
		assertRange(ArabicDates.only("خلال الفترة 12/1/2019 - 22/1/2019"), "2019-01-12", "2019-01-22",
				DatePrecision.DAY);
	}

	@Test
	void readsAYearInWordsAfterDaysSharingAMonth() {
		assertRange(ArabicDates.only("من 2 إلى 7 فبراير ، ألفان وثمانية عشر"), "2018-02-02", "2018-02-07",
				DatePrecision.DAY);
	}

	@Test
	void readsADistanceWithAnEndAsOneRange() {
		assertRange(ArabicDates.only("محاصرون منذ يومين وحتى اليوم"), "2019-01-29", "2019-01-31", DatePrecision.DAY);
	}

}
