package org.marsad.text.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.text.dates.ArabicDates.assertDay;
import static org.marsad.text.dates.ArabicDates.assertRange;

import java.time.LocalDate;
import java.time.chrono.HijrahDate;

import org.junit.jupiter.api.Test;

import org.marsad.text.DateMention;
import org.marsad.text.vocabulary.DatePrecision;

/**
 * Dates written with a month, a year or in digits, one rule per test. The reports were
 * published on Thursday 31 January 2019.
 */
class CalendarDateTests {

	@Test
	void readsLevantineMonthNames() {
		DateMention mention = ArabicDates.only("قُتل ثلاثة مدنيين في 5 شباط 2018 بقصف جوي");
		assertThat(mention.text()).isEqualTo("5 شباط 2018");
		assertDay(mention, "2018-02-05");
	}

	@Test
	void readsEgyptianMonthNamesWithHamzaVariants() {
		assertDay(ArabicDates.only("وصلت القافلة في 12 إبريل 2018"), "2018-04-12");
		assertDay(ArabicDates.only("وصلت القافلة في 12 ابريل 2018"), "2018-04-12");
	}

	@Test
	void readsMaghrebiMonthNames() {
		assertDay(ArabicDates.only("انطلقت المسيرة يوم 3 جويلية 2018"), "2018-07-03");
	}

	@Test
	void readsPairedMonthNamesAsOneMention() {
		DateMention mention = ArabicDates.only("في 20 كانون الثاني / يناير 2019 خرجت العائلات");
		assertThat(mention.text()).isEqualTo("20 كانون الثاني / يناير 2019");
		assertDay(mention, "2019-01-20");
	}

	@Test
	void resolvesDayWithoutYearToTheMostRecentOneNotAfterPublication() {
		assertDay(ArabicDates.only("سقطت القذيفة في 15 ديسمبر على السوق"), "2018-12-15");
	}

	@Test
	void resolvesPastAndCurrentMonthModifiersAgainstPublication() {
		assertDay(ArabicDates.only("في الأول من يناير الماضي"), "2018-01-01");
		assertDay(ArabicDates.only("في الأول من يناير الجاري"), "2019-01-01");
	}

	@Test
	void readsAYearCountedFromPublicationAfterAMonth() {
		assertDay(ArabicDates.only("في 12 آب من العام الماضي"), "2018-08-12");
		assertDay(ArabicDates.only("في 12 كانون الثاني من عام 2016"), "2016-01-12");
	}

	@Test
	void convertsHijriDatesWithTheUmmAlQuraCalendar() {
		LocalDate expected = LocalDate.from(HijrahDate.of(1440, 5, 15));
		assertDay(ArabicDates.only("وقع الهجوم في 15 جمادى الأولى 1440 هـ"), expected.toString());
	}

	@Test
	void readsAHijriMonthNamedWithTheWordMonth() {
		DateMention mention = ArabicDates.only("خلال شهر رمضان الماضي نزح الآلاف");
		assertThat(mention.precision()).isEqualTo(DatePrecision.MONTH);
		assertThat(mention.from()).isEqualTo(LocalDate.from(HijrahDate.of(1439, 9, 1)));
	}

	@Test
	void convertsNumericHijriDates() {
		String expected = LocalDate.from(HijrahDate.of(1440, 5, 15)).toString();
		assertDay(ArabicDates.only("بتاريخ ١٥/٥/١٤٤٠هـ"), expected);
		assertDay(ArabicDates.only("بتاريخ 1440/05/15 هـ"), expected);
	}

	@Test
	void readsNumericDatesDayFirst() {
		assertDay(ArabicDates.only("تاريخ التقرير 12/1/2019 وفق المصدر"), "2019-01-12");
	}

	@Test
	void readsIsoDates() {
		assertDay(ArabicDates.only("بتاريخ 2019-01-12 دخلت القوات"), "2019-01-12");
	}

	@Test
	void readsArabicIndicDigits() {
		DateMention mention = ArabicDates.only("بتاريخ ١٢/١/٢٠١٩ دخلت القوات");
		assertThat(mention.text()).isEqualTo("١٢/١/٢٠١٩");
		assertDay(mention, "2019-01-12");
	}

	@Test
	void readsANumericMonthAndYear() {
		assertRange(ArabicDates.only("خلال الشهر 3/2018"), "2018-03-01", "2018-03-31", DatePrecision.MONTH);
	}

	@Test
	void readsOrdinalDayWords() {
		assertDay(ArabicDates.only("في الحادي والعشرين من كانون الأول"), "2018-12-21");
	}

	@Test
	void ignoresDiacriticsAndTatweel() {
		DateMention mention = ArabicDates.only("في الخامـــس عَشَر من آذار");
		assertThat(mention.text()).isEqualTo("الخامـــس عَشَر من آذار");
		assertDay(mention, "2018-03-15");
	}

	@Test
	void readsPartsOfAMonthAsThirds() {
		assertRange(ArabicDates.only("في مطلع الشهر الجاري"), "2019-01-01", "2019-01-10", DatePrecision.WEEK);
		assertRange(ArabicDates.only("في منتصف كانون الثاني"), "2019-01-11", "2019-01-20", DatePrecision.WEEK);
		assertRange(ArabicDates.only("في أواخر شباط الماضي"), "2018-02-21", "2018-02-28", DatePrecision.WEEK);
	}

	@Test
	void readsPartsOfAYearAsThirds() {
		assertRange(ArabicDates.only("منذ مطلع العام الجاري"), "2019-01-01", "2019-01-31", DatePrecision.MONTH);
		assertRange(ArabicDates.only("في منتصف العام الماضي"), "2018-05-01", "2018-08-31", DatePrecision.MONTH);
		assertRange(ArabicDates.only("في أواخر عام 2017"), "2017-09-01", "2017-12-31", DatePrecision.MONTH);
	}

	@Test
	void readsYearsWithTheWordYearOrAnEra() {
		assertRange(ArabicDates.only("منذ مطلع الحرب عام 2011"), "2011-01-01", "2011-12-31", DatePrecision.YEAR);
		assertRange(ArabicDates.only("في 2017م نزحت العائلة"), "2017-01-01", "2017-12-31", DatePrecision.YEAR);
	}

	@Test
	void leavesOutDatesThatDoNotExist() {
		assertThat(ArabicDates.find("في 30 شباط")).isEmpty();
	}

	@Test
	void doesNotReadCountsAsDates() {
		assertThat(ArabicDates.find("قُتل 15 شخصاً في 3 غارات وارتفع العدد إلى 27")).isEmpty();
	}

	@Test
	void doesNotReadMonthNamesThatAreCommonWordsAlone() {
		assertThat(ArabicDates.find("مارس المسلحون الضغط على رمضان وشعبان")).isEmpty();
	}

	@Test
	void skipsDatesInsideLinks() {
		assertThat(ArabicDates.find("نشر التحقيق على https://www.bellingcat.com/news/mena/2017/02/14/chlorine"))
			.isEmpty();
	}

	@Test
	void readsTheNthWeekOfAMonthAsSevenDays() {
		assertRange(ArabicDates.only("خلال الأسبوع الأول من تشرين الأول"), "2018-10-01", "2018-10-07",
				DatePrecision.WEEK);
		assertRange(ArabicDates.only("خلال الأسبوع الأخير من تموز"), "2018-07-25", "2018-07-31", DatePrecision.WEEK);
	}

	@Test
	void readsMoroccanMonthNames() {
		assertDay(ArabicDates.only("اعتقل يوم 14 غشت 2018"), "2018-08-14");
	}

}
