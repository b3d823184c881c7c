package org.marsad.text.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.text.dates.ArabicDates.assertRange;

import org.junit.jupiter.api.Test;

import org.marsad.text.vocabulary.DatePrecision;

/**
 * Years written in digits alone, without «عام» or an era: read as dates with year
 * precision where the text makes them years. The reports were published on Thursday 31
 * January 2019.
 */
class BareYearTests {

	@Test
	void readsAYearAfterFi() {
		assertRange(ArabicDates.only("وفي 2016 نزحت آلاف العائلات من ريف دير الزور"), "2016-01-01", "2016-12-31",
				DatePrecision.YEAR);
	}

	@Test
	void readsAYearInArabicIndicDigitsAfterFi() {
		assertRange(ArabicDates.only("قُتل مدنيون في ٢٠١٨ بقصف جوي"), "2018-01-01", "2018-12-31", DatePrecision.YEAR);
	}

	@Test
	void readsAYearAfterTheWordYearInArabicIndicDigits() {
		assertRange(ArabicDates.only("عام ٢٠١٨ شهد موجة نزوح"), "2018-01-01", "2018-12-31", DatePrecision.YEAR);
	}

	@Test
	void readsEnglishYearAfterIn() {
		assertRange(ArabicDates.only("In 2017 the camp received new arrivals"), "2017-01-01", "2017-12-31",
				DatePrecision.YEAR);
	}

	@Test
	void readsARangeOfBareYearsAfterMundhu() {
		assertRange(ArabicDates.only("اعتُقل المئات منذ 2011 وحتى 2018"), "2011-01-01", "2018-12-31",
				DatePrecision.YEAR);
	}

	@Test
	void readsAPairOfBareYearsAfterBayna() {
		assertRange(ArabicDates.only("نزح الآلاف بين 2015 و2017"), "2015-01-01", "2017-12-31", DatePrecision.YEAR);
	}

	@Test
	void readsAPairOfBareYearsAfterMin() {
		assertRange(ArabicDates.only("خلال الفترة من 2012 إلى 2014"), "2012-01-01", "2014-12-31", DatePrecision.YEAR);
	}

	@Test
	void doesNotReadACountBetweenTwoNumbersAsYears() {
		assertThat(ArabicDates.find("تراوح عدد النازحين بين 1500 و2000 شخص")).isEmpty();
	}

	@Test
	void doesNotReadAFourDigitCountWithoutALeadingWordAsAYear() {
		assertThat(ArabicDates.find("خرج 2018 شخصاً من الباغوز")).isEmpty();
	}

}
