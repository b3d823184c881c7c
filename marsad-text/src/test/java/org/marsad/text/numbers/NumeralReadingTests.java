package org.marsad.text.numbers;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.text.numbers.Recognized.best;
import static org.marsad.text.numbers.Recognized.bestValues;
import static org.marsad.text.numbers.Recognized.in;
import static org.marsad.text.numbers.Recognized.only;

class NumeralReadingTests {

	@Test
	void readsCommaAsThousandsSeparator() {
		assertThat(best("تم توثيق خروج 36,250 شخصاً")).isEqualByComparingTo("36250");
	}

	@Test
	void readsArabicIndicDigitsWithArabicThousandsSeparator() {
		assertThat(best("خروج ٣٦٬٢٥٠ شخصاً")).isEqualByComparingTo("36250");
	}

	@Test
	void readsArabicCommaBetweenDigitGroupsAsThousandsSeparator() {
		assertThat(best("عدد السكان ١،٢٣٤،٥٦٧ نسمة")).isEqualByComparingTo("1234567");
	}

	@Test
	void readsArabicDecimalSeparator() {
		assertThat(best("نزوح ٢٫٥ مليون شخص")).isEqualByComparingTo("2500000");
	}

	@Test
	void readsSingleDotAsDecimalPoint() {
		assertThat(best("مساحة 2.5 كم")).isEqualByComparingTo("2.5");
	}

	@Test
	void readsRepeatedDotsBeforeGroupsOfThreeAsThousands() {
		assertThat(best("يقطنها 1.200.000 نسمة")).isEqualByComparingTo("1200000");
	}

	@Test
	void readsCommaBeforeFewerThanThreeDigitsAsDecimalPoint() {
		assertThat(best("وزنه ٤,٨ كغ")).isEqualByComparingTo("4.8");
	}

	@Test
	void readsCommaAfterZeroAsDecimalPoint() {
		assertThat(best("النسبة ٠,٢٥٠")).isEqualByComparingTo("0.25");
	}

	@Test
	void readsLastOfTwoSeparatorKindsAsDecimalPoint() {
		assertThat(best("المبلغ 12،220,13")).isEqualByComparingTo("12220.13");
	}

	@Test
	void readsSpacesBetweenGroupsOfThreeAsThousands() {
		assertThat(best("يبلغ عدد سكان الصين 1 414 021 100 نسمة")).isEqualByComparingTo("1414021100");
	}

	@Test
	void readsCommaFollowedBySpaceAsListSeparator() {
		assertThat(bestValues("الأرقام ١، ٢٣٤، ٥٦٧")).hasSize(3);
	}

	@Test
	void readsLeadingMinusAsNegativeNumber() {
		assertThat(best("انخفضت الحرارة إلى -5 درجات")).isEqualByComparingTo("-5");
	}

	@Test
	void readsSlashFraction() {
		assertThat(best("دمر 1/2 المنازل")).isEqualByComparingTo("0.5");
	}

	@Test
	void readsMixedFraction() {
		assertThat(best("2 1/4")).isEqualByComparingTo("2.25");
	}

	@Test
	void readsLeadingDotDecimal() {
		assertThat(best(".08")).isEqualByComparingTo("0.08");
	}

	@Test
	void readsScientificNotation() {
		assertThat(best("1e10")).isEqualByComparingTo("10000000000");
	}

	@Test
	void skipsSlashedDates() {
		assertThat(in("وقع الهجوم في ١٢/١/٢٠١٩")).isEmpty();
	}

	@Test
	void skipsIsoDates() {
		assertThat(in("بتاريخ 2019-01-12")).isEmpty();
	}

	@Test
	void skipsClockTimes() {
		assertThat(in("بدأ القصف عند 10:30")).isEmpty();
	}

	@Test
	void skipsDigitsGluedToAUnit() {
		assertThat(in("دفع 10000دولار")).isEmpty();
	}

	@Test
	void skipsLatinCodes() {
		assertThat(in("طائرات F-16 على طريق M4 والقرار UN1325")).isEmpty();
	}

	@Test
	void skipsDottedAddresses() {
		assertThat(in("العنوان 192.168.1.2")).isEmpty();
	}

	@Test
	void skipsDigitsOfWebAddresses() {
		assertThat(in("المصدر https://example.org/news/2019/01/12/123456789 انتهى")).isEmpty();
	}

	@Test
	void skipsOverlongDigitRuns() {
		assertThat(in("المعرف 1234567890123456789012")).isEmpty();
	}

	@Test
	void reportsSpanOfOriginalTextWithMarks() {
		String text = "قُتِلَ خمســةٌ وعشرونَ مدنياً";
		assertThat(only(text).text()).isEqualTo("خمســةٌ وعشرونَ");
	}

	@Test
	void reportsOffsetsIntoOriginalText() {
		String text = "قُتِلَ ٣٦٬٢٥٠ شخصاً";
		var mention = only(text);
		assertThat(text.substring(mention.start(), mention.end())).isEqualTo("٣٦٬٢٥٠");
	}

	@Test
	void skipsTelephoneNumbers() {
		assertThat(in("للتواصل 0933123456")).isEmpty();
	}

	@Test
	void readsDigitsAcrossBidirectionalEmbeddings() {
		assertThat(best("المبلغ 26،013\u202A,94")).isEqualByComparingTo("26013.94");
	}

}
