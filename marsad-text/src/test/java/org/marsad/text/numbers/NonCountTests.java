package org.marsad.text.numbers;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.text.numbers.Recognized.best;
import static org.marsad.text.numbers.Recognized.bestValues;
import static org.marsad.text.numbers.Recognized.in;

class NonCountTests {

	@Test
	void skipsYearAfterYearWord() {
		assertThat(in("وقع القصف عام 2019")).isEmpty();
	}

	@Test
	void skipsEarlyYearAfterYearWord() {
		assertThat(in("مجزرة حماة عام ١٩٨٢")).isEmpty();
	}

	@Test
	void skipsYearWithEraLetter() {
		assertThat(in("في 2019 م")).isEmpty();
	}

	@Test
	void skipsYearGluedToEraLetter() {
		assertThat(in("خلال 2019م")).isEmpty();
	}

	@Test
	void skipsYearAfterSince() {
		assertThat(in("منذ 2011")).isEmpty();
	}

	@Test
	void skipsYearAfterMonthName() {
		assertThat(in("في كانون الثاني 2019")).isEmpty();
	}

	@Test
	void skipsDayBeforeLevantineMonth() {
		assertThat(in("يوم 23 كانون الثاني")).isEmpty();
	}

	@Test
	void skipsDayBeforeEgyptianMonth() {
		assertThat(in("في ٨ يناير")).isEmpty();
	}

	@Test
	void skipsDayBeforeMaghrebiMonth() {
		assertThat(in("يوم 14 جويلية")).isEmpty();
	}

	@Test
	void skipsDayBeforeEnglishMonth() {
		assertThat(in("on 15 March")).isEmpty();
	}

	@Test
	void skipsDayLinkedToMonth() {
		assertThat(in("في الـ 23 من شباط")).isEmpty();
	}

	@Test
	void skipsListedDaysBeforeMonth() {
		assertThat(in("في 8 و 9 يناير")).isEmpty();
	}

	@Test
	void skipsRangeOfYears() {
		assertThat(in("بين 2011-2019")).isEmpty();
	}

	@Test
	void skipsClockHour() {
		assertThat(in("عند الساعة 5")).isEmpty();
	}

	@Test
	void skipsTimeOfDay() {
		assertThat(in("بدأ القصف 5 صباحاً")).isEmpty();
	}

	@Test
	void skipsMilitaryUnitNumbers() {
		assertThat(in("انسحبت الفرقة 17 واللواء 93")).isEmpty();
	}

	@Test
	void keepsYearLikeCountWithoutYearCue() {
		assertThat(best("خرج 2000 شخص")).isEqualByComparingTo("2000");
	}

	@Test
	void keepsCountBeforeMonthWhenMayIsAVerb() {
		assertThat(best("300 may have died")).isEqualByComparingTo("300");
	}

	@Test
	void skipsDayAndMonthAfterDayWord() {
		assertThat(in("وقتل 6 أشخاص يوم 5/6")).hasSize(1);
	}

	@Test
	void skipsPlaceNamedByKilometre() {
		assertThat(in("على حاجز في الكيلو 7")).isEmpty();
	}

	@Test
	void skipsPowerOfAreaUnit() {
		assertThat(bestValues("مساحة 40 كم2")).usingElementComparator(BigDecimal::compareTo)
			.containsExactly(BigDecimal.valueOf(40));
	}

	@Test
	void keepsCountAfterToday() {
		assertThat(best("قتل اليوم 5 أشخاص")).isEqualByComparingTo("5");
	}

	@Test
	void skipsYearSpelledInWords() {
		assertThat(in("في عام ألفين وتسعة عشر")).isEmpty();
	}

	@Test
	void skipsAircraftModelNumbers() {
		assertThat(in("طائرة سوخوي 24")).isEmpty();
	}

	@Test
	void skipsMonthNumberAfterMonthWord() {
		assertThat(in("في شهر 5 الماضي")).isEmpty();
	}

	@Test
	void skipsYearAfterMonthAndDay() {
		assertThat(in("on September 24th, 2014")).isEmpty();
	}

	@Test
	void keepsYearLikeCountAfterDateAndVerb() {
		assertThat(best("في 5 أيار قتل 2000 شخص")).isEqualByComparingTo("2000");
	}

}
