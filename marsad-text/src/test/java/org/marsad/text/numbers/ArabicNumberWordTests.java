package org.marsad.text.numbers;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.text.numbers.Recognized.best;
import static org.marsad.text.numbers.Recognized.bestValues;
import static org.marsad.text.numbers.Recognized.in;
import static org.marsad.text.numbers.Recognized.only;

class ArabicNumberWordTests {

	@Test
	void readsMasculineAndFeminineUnits() {
		assertThat(bestValues("قتل ثلاث نساء وأصيب أربعة رجال")).usingElementComparator(BigDecimal::compareTo)
			.containsExactly(BigDecimal.valueOf(3), BigDecimal.valueOf(4));
	}

	@Test
	void readsTeens() {
		assertThat(best("اعتقل خمسة عشر شاباً")).isEqualByComparingTo("15");
	}

	@Test
	void readsElevenInFeminine() {
		assertThat(best("قتلت إحدى عشرة امرأة")).isEqualByComparingTo("11");
	}

	@Test
	void readsTwelveInConstructState() {
		assertThat(best("أصيب اثنا عشر طفلاً")).isEqualByComparingTo("12");
	}

	@Test
	void readsTensJoinedByWaw() {
		assertThat(best("قتل خمسة وعشرون مدنياً")).isEqualByComparingTo("25");
	}

	@Test
	void readsTensInAccusative() {
		assertThat(best("وثقنا سبعين حالة")).isEqualByComparingTo("70");
	}

	@Test
	void readsHundredsWithUnitsAndTens() {
		assertThat(best("ثلاثمائة وواحد وثلاثون معتقلاً")).isEqualByComparingTo("331");
	}

	@Test
	void readsUnitBeforeHundredAsMultiplier() {
		assertThat(best("نزح ثلاث مئة شخص")).isEqualByComparingTo("300");
	}

	@Test
	void readsDualOfHundredInConstructState() {
		assertThat(best("وصل مئتا مقاتل")).isEqualByComparingTo("200");
	}

	@Test
	void readsDualOfThousand() {
		assertThat(best("خرج ألفان من المدنيين")).isEqualByComparingTo("2000");
	}

	@Test
	void readsCountBeforePluralThousands() {
		assertThat(best("نزح ثلاثة آلاف شخص")).isEqualByComparingTo("3000");
	}

	@Test
	void readsHundredsOfThousandsInWords() {
		assertThat(best("ومائة وخمسون ألفاً من اللاجئين")).isEqualByComparingTo("150000");
	}

	@Test
	void readsScaleAfterDigits() {
		assertThat(best("نزوح 36 ألف شخص")).isEqualByComparingTo("36000");
	}

	@Test
	void readsDecimalBeforeMillion() {
		assertThat(best("يعيش 2.5 مليون لاجئ")).isEqualByComparingTo("2500000");
	}

	@Test
	void readsHalfOfAMillion() {
		assertThat(best("نصف مليون طفل")).isEqualByComparingTo("500000");
	}

	@Test
	void readsMillionAndAHalf() {
		assertThat(best("مليون ونصف شخص")).isEqualByComparingTo("1500000");
	}

	@Test
	void readsPrepositionAndConjunctionBeforeNumberWords() {
		assertThat(best("اشتراه بألفين ومائتين")).isEqualByComparingTo("2200");
	}

	@Test
	void readsDefiniteArticleBeforeNumberWords() {
		assertThat(best("أفرج عن الثلاثة")).isEqualByComparingTo("3");
	}

	@Test
	void readsHamzaAndAlefVariants() {
		assertThat(bestValues("اربعة وأربعة واثنين وإثنين ومئة ومائة")).hasSize(6);
	}

	@Test
	void readsNumberWordsWithTatweelAndDiacritics() {
		assertThat(best("قُتِلَ ثَلاثَـــةُ أطفال")).isEqualByComparingTo("3");
	}

	@Test
	void readsFractionWords() {
		assertThat(best("دمر ثلث المنازل")).isEqualByComparingTo(new BigDecimal("0.3333333333333333"));
	}

	@Test
	void readsFifthBeforeDefiniteNounAsFraction() {
		assertThat(best("نزح خمس السكان")).isEqualByComparingTo("0.2");
	}

	@Test
	void readsFifthBeforeIndefiniteNounAsFive() {
		assertThat(best("منذ خمس سنوات")).isEqualByComparingTo("5");
	}

	@Test
	void readsNegativeWord() {
		assertThat(best("درجة الحرارة سالب ٥")).isEqualByComparingTo("-5");
	}

	@Test
	void readsRatio() {
		assertThat(best("واحد على عشرين")).isEqualByComparingTo("0.05");
	}

	@Test
	void keepsNumbersThatCannotCombineApart() {
		assertThat(bestValues("ثلاثمائة و مائتين")).usingElementComparator(BigDecimal::compareTo)
			.containsExactly(BigDecimal.valueOf(300), BigDecimal.valueOf(200));
	}

	@Test
	void ignoresWordsThatOnlyStartLikeNumbers() {
		assertThat(in("لست أدري، يوم الثلاثاء، الخميس، ثلاثي الأبعاد")).isEmpty();
	}

	@Test
	void ignoresOrdinalTeens() {
		assertThat(in("في اليوم الخامس عشر")).isEmpty();
	}

	@Test
	void ignoresCompoundOrdinals() {
		assertThat(in("الذكرى الحادية والعشرين")).isEmpty();
	}

	@Test
	void ignoresWeekdaysSpelledLikeNumbers() {
		assertThat(in("يوم الاثنين ويوم الأحد")).isEmpty();
	}

	@Test
	void ignoresOneAsPronoun() {
		assertThat(in("أي واحد تفضل؟")).isEmpty();
	}

	@Test
	void reportsPrepositionInsideSpan() {
		assertThat(only("قصف بستة صواريخ").text()).isEqualTo("بستة");
	}

	@Test
	void leavesLeadingConjunctionOutOfSpan() {
		assertThat(only("وخمسة وعشرون جريحاً").text()).isEqualTo("خمسة وعشرون");
	}

	@Test
	void readsOneOfBeforeDefiniteNoun() {
		assertThat(best("قتل أحد المدنيين")).isEqualByComparingTo("1");
	}

	@Test
	void ignoresOneAsIndefinitePronoun() {
		assertThat(in("لم يصب أحد")).isEmpty();
	}

	@Test
	void ignoresSundayBeforeDefiniteNoun() {
		assertThat(in("يوم الأحد الماضي")).isEmpty();
	}

	@Test
	void readsDigitsAfterScaleAndWaw() {
		assertThat(best("نزح مليون و 200 ألف شخص")).isEqualByComparingTo("1200000");
	}

	@Test
	void keepsHundredsAndThousandsJoinedByWawApart() {
		assertThat(in("مئات والآلاف")).hasSize(2);
	}

	@Test
	void ignoresDefiniteTensUsedAsOrdinal() {
		assertThat(in("في اليوم العشرين من الحصار")).isEmpty();
	}

	@Test
	void readsDefiniteNumberAfterPluralNoun() {
		assertThat(best("أفرج عن الأطفال الثلاثة")).isEqualByComparingTo("3");
	}

}
