package org.marsad.text.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.marsad.text.DateMention;
import org.marsad.text.normalize.FoldedText;
import org.marsad.text.vocabulary.DatePrecision;

/**
 * Arabic dates, one rule per test. Unless a test says otherwise the report was published
 * on Thursday 31 January 2019.
 */
class DateRecognizerTests {

	private static final LocalDate PUBLISHED = LocalDate.of(2019, 1, 31);

	private final DateRecognizer recognizer = new DateRecognizer();

	@Test
	void readsLevantineMonthNames() {
		DateMention mention = only("قُتل ثلاثة مدنيين في 5 شباط 2018 بقصف جوي");
		assertThat(mention.text()).isEqualTo("5 شباط 2018");
		assertDay(mention, "2018-02-05");
	}

	@Test
	void readsEgyptianMonthNamesWithHamzaVariants() {
		assertDay(only("وصلت القافلة في 12 إبريل 2018"), "2018-04-12");
		assertDay(only("وصلت القافلة في 12 ابريل 2018"), "2018-04-12");
	}

	@Test
	void readsMaghrebiMonthNames() {
		assertDay(only("انطلقت المسيرة يوم 3 جويلية 2018"), "2018-07-03");
	}

	@Test
	void readsPairedMonthNamesAsOneMention() {
		DateMention mention = only("في 20 كانون الثاني / يناير 2019 خرجت العائلات");
		assertThat(mention.text()).isEqualTo("20 كانون الثاني / يناير 2019");
		assertDay(mention, "2019-01-20");
	}

	@Test
	void resolvesDayWithoutYearToTheMostRecentOneNotAfterPublication() {
		assertDay(only("سقطت القذيفة في 15 ديسمبر على السوق"), "2018-12-15");
	}

	@Test
	void resolvesPastAndCurrentMonthModifiersAgainstPublication() {
		assertDay(only("في الأول من يناير الماضي"), "2018-01-01");
		assertDay(only("في الأول من يناير الجاري"), "2019-01-01");
	}

	@Test
	void readsTheExampleRangeFromTheFirstOfDecemberToTheThirtiethOfJanuary() {
		DateMention mention = only("خرجوا منذ الأول من ديسمبر الفائت وحتى اليوم الـ 30 من يناير الجاري");
		assertThat(mention.text()).isEqualTo("منذ الأول من ديسمبر الفائت وحتى اليوم الـ 30 من يناير الجاري");
		assertRange(mention, "2018-12-01", "2019-01-30", DatePrecision.DAY);
	}

	@Test
	void convertsHijriDatesWithTheUmmAlQuraCalendar() {
		LocalDate expected = LocalDate.from(HijrahDate.of(1440, 5, 15));
		assertDay(only("وقع الهجوم في 15 جمادى الأولى 1440 هـ"), expected.toString());
	}

	@Test
	void readsAHijriMonthNamedWithTheWordMonth() {
		DateMention mention = only("خلال شهر رمضان الماضي نزح الآلاف");
		assertThat(mention.precision()).isEqualTo(DatePrecision.MONTH);
		assertThat(mention.from()).isEqualTo(LocalDate.from(HijrahDate.of(1439, 9, 1)));
	}

	@Test
	void readsNumericDatesDayFirst() {
		assertDay(only("تاريخ التقرير 12/1/2019 وفق المصدر"), "2019-01-12");
	}

	@Test
	void readsIsoDates() {
		assertDay(only("بتاريخ 2019-01-12 دخلت القوات"), "2019-01-12");
	}

	@Test
	void readsArabicIndicDigits() {
		DateMention mention = only("بتاريخ ١٢/١/٢٠١٩ دخلت القوات");
		assertThat(mention.text()).isEqualTo("١٢/١/٢٠١٩");
		assertDay(mention, "2019-01-12");
	}

	@Test
	void readsAWeekdayAsTheMostRecentOneNotAfterPublication() {
		assertDay(only("وقع القصف يوم الثلاثاء"), "2019-01-29");
		assertDay(only("وقع القصف يوم الخميس"), "2019-01-31");
	}

	@Test
	void readsAPastWeekdayAsTheOneBeforePublication() {
		DateMention mention = only("وقع القصف يوم الخميس الماضي");
		assertThat(mention.text()).isEqualTo("يوم الخميس الماضي");
		assertDay(mention, "2019-01-24");
	}

	@Test
	void readsYesterdayAndTheDayBefore() {
		assertDay(only("وصلت الدفعة أمس"), "2019-01-30");
		assertDay(only("وصلت الدفعة البارحة"), "2019-01-30");
		assertDay(only("وصلت الدفعة أول من أمس"), "2019-01-29");
		assertDay(only("وصلت الدفعة أول أمس"), "2019-01-29");
	}

	@Test
	void readsTodayAsThePublicationDate() {
		assertDay(only("أعلنت قسد اليوم السيطرة على البلدة"), "2019-01-31");
	}

	@Test
	void countsDistancesBackFromPublication() {
		assertDay(only("نزحوا قبل نحو 10 أيام"), "2019-01-21");
		assertDay(only("نزحوا منذ يومين"), "2019-01-29");
	}

	@Test
	void givesADistanceThePrecisionOfItsUnit() {
		assertRange(only("نزحوا قبل أسبوع"), "2019-01-24", "2019-01-24", DatePrecision.WEEK);
		assertRange(only("نزحوا قبل شهرين"), "2018-11-30", "2018-11-30", DatePrecision.MONTH);
	}

	@Test
	void readsSinceAYearAsARangeNotAsADistance() {
		assertRange(only("محاصرون منذ عام 2017"), "2017-01-01", "2019-01-31", DatePrecision.YEAR);
	}

	@Test
	void readsLastWeekAsMondayToSunday() {
		assertRange(only("خلال الأسبوع الماضي"), "2019-01-21", "2019-01-27", DatePrecision.WEEK);
	}

	@Test
	void readsLastMonthAsTheWholeMonth() {
		assertRange(only("خلال الشهر الماضي"), "2018-12-01", "2018-12-31", DatePrecision.MONTH);
	}

	@Test
	void readsPartsOfAMonthAsThirds() {
		assertRange(only("في مطلع الشهر الجاري"), "2019-01-01", "2019-01-10", DatePrecision.WEEK);
		assertRange(only("في منتصف كانون الثاني"), "2019-01-11", "2019-01-20", DatePrecision.WEEK);
		assertRange(only("في أواخر شباط الماضي"), "2018-02-21", "2018-02-28", DatePrecision.WEEK);
	}

	@Test
	void readsYearsWithTheWordYearOrAnEra() {
		assertRange(only("منذ مطلع الحرب عام 2011"), "2011-01-01", "2011-12-31", DatePrecision.YEAR);
		assertRange(only("في 2017م نزحت العائلة"), "2017-01-01", "2017-12-31", DatePrecision.YEAR);
	}

	@Test
	void readsOrdinalDayWords() {
		assertDay(only("في الحادي والعشرين من كانون الأول"), "2018-12-21");
	}

	@Test
	void readsDaysSharingAMonthAsOneRange() {
		DateMention mention = only("في الـ 23 والـ 24 من كانون الثاني");
		assertThat(mention.text()).isEqualTo("الـ 23 والـ 24 من كانون الثاني");
		assertRange(mention, "2019-01-23", "2019-01-24", DatePrecision.DAY);
	}

	@Test
	void readsBetweenTwoDaysAsOneRange() {
		assertRange(only("بين 3 و 5 كانون الثاني"), "2019-01-03", "2019-01-05", DatePrecision.DAY);
	}

	@Test
	void readsFromOneDayToAnotherAsOneRange() {
		assertRange(only("من 1 إلى 10 كانون الثاني"), "2019-01-01", "2019-01-10", DatePrecision.DAY);
	}

	@Test
	void readsSinceADateAsARangeToPublication() {
		assertRange(only("منذ 19 كانون الأول"), "2018-12-19", "2019-01-31", DatePrecision.DAY);
	}

	@Test
	void ignoresDiacriticsAndTatweel() {
		DateMention mention = only("في الخامـــس عَشَر من آذار");
		assertThat(mention.text()).isEqualTo("الخامـــس عَشَر من آذار");
		assertDay(mention, "2018-03-15");
	}

	@Test
	void leavesOutDatesThatDoNotExist() {
		assertThat(find("في 30 شباط")).isEmpty();
	}

	@Test
	void doesNotReadCountsAsDates() {
		assertThat(find("قُتل 15 شخصاً في 3 غارات وارتفع العدد إلى 27")).isEmpty();
	}

	@Test
	void doesNotReadMonthNamesThatAreCommonWordsAlone() {
		assertThat(find("مارس المسلحون الضغط على رمضان وشعبان")).isEmpty();
	}

	@Test
	void doesNotReadTheTwoAsMonday() {
		assertThat(find("وأُطلق سراح الاثنين لاحقاً")).isEmpty();
	}

	@Test
	void readsTheFollowingDayAfterThePreviousDate() {
		List<DateMention> mentions = find("اعتقل في 10 كانون الثاني وأفرج عنه في اليوم التالي");
		assertThat(mentions).hasSize(2);
		assertDay(mentions.get(1), "2019-01-11");
	}

	private DateMention only(String text) {
		List<DateMention> mentions = find(text);
		assertThat(mentions).as(text).hasSize(1);
		DateMention mention = mentions.get(0);
		assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.text());
		return mention;
	}

	private List<DateMention> find(String text) {
		return this.recognizer.find(FoldedText.of(text), PUBLISHED);
	}

	static void assertDay(DateMention mention, String day) {
		assertRange(mention, day, day, DatePrecision.DAY);
	}

	static void assertRange(DateMention mention, String from, String to, DatePrecision precision) {
		assertThat(mention.from()).as(mention.text()).isEqualTo(LocalDate.parse(from));
		assertThat(mention.to()).as(mention.text()).isEqualTo(LocalDate.parse(to));
		assertThat(mention.precision()).as(mention.text()).isEqualTo(precision);
	}

}
