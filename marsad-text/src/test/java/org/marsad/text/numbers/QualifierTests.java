package org.marsad.text.numbers;

import org.junit.jupiter.api.Test;

import org.marsad.text.NumberMention;
import org.marsad.text.vocabulary.Qualifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.text.numbers.Recognized.only;

class QualifierTests {

	@Test
	void readsBareNumberAsExact() {
		NumberMention mention = only("نقل 23,200 عراقي");
		assertThat(mention.qualifier()).isEqualTo(Qualifier.EXACT);
		assertThat(mention.low()).isEqualByComparingTo("23200");
		assertThat(mention.high()).isEqualByComparingTo("23200");
	}

	@Test
	void readsMoreThanWithExclusiveLowBound() {
		NumberMention mention = only("في أكثر من 6000 عائلة");
		assertThat(mention.qualifier()).isEqualTo(Qualifier.MORE_THAN);
		assertThat(mention.low()).isEqualByComparingTo("6000");
		assertThat(mention.high()).isNull();
	}

	@Test
	void includesQualifierInSpan() {
		assertThat(only("في أكثر من 6000 عائلة").text()).isEqualTo("أكثر من 6000");
	}

	@Test
	void readsAboutWithOpenBounds() {
		NumberMention mention = only("اعتقل نحو ٣٣٧٠ من الخارجين");
		assertThat(mention.qualifier()).isEqualTo(Qualifier.ABOUT);
		assertThat(mention.best()).isEqualByComparingTo("3370");
		assertThat(mention.low()).isNull();
	}

	@Test
	void readsAboutCuesWithHamzaVariants() {
		assertThat(only("حوالى ١٥٠ سيارة").qualifier()).isEqualTo(Qualifier.ABOUT);
	}

	@Test
	void readsTwoWordAboutCue() {
		assertThat(only("ما يقارب 40 غارة").qualifier()).isEqualTo(Qualifier.ABOUT);
	}

	@Test
	void readsApproximatelyAfterNumber() {
		NumberMention mention = only("قتل 300 تقريباً");
		assertThat(mention.qualifier()).isEqualTo(Qualifier.ABOUT);
		assertThat(mention.text()).isEqualTo("300 تقريباً");
	}

	@Test
	void readsMoreThanCueWithZaidAn() {
		assertThat(only("خرج ما يزيد عن ثلاثة آلاف شخص").qualifier()).isEqualTo(Qualifier.MORE_THAN);
	}

	@Test
	void readsAtLeastBeforeNumber() {
		NumberMention mention = only("وما لا يقل عن مئتي طفل");
		assertThat(mention.qualifier()).isEqualTo(Qualifier.AT_LEAST);
		assertThat(mention.low()).isEqualByComparingTo("200");
	}

	@Test
	void readsAtLeastAfterCountedNoun() {
		NumberMention mention = only("قتل 5 أشخاص على الأقل");
		assertThat(mention.qualifier()).isEqualTo(Qualifier.AT_LEAST);
		assertThat(mention.text()).isEqualTo("5 أشخاص على الأقل");
	}

	@Test
	void readsLessThanWithExclusiveHighBound() {
		NumberMention mention = only("أقل من 50 امرأة");
		assertThat(mention.qualifier()).isEqualTo(Qualifier.LESS_THAN);
		assertThat(mention.high()).isEqualByComparingTo("50");
		assertThat(mention.low()).isNull();
	}

	@Test
	void readsAtMost() {
		NumberMention mention = only("لا يزيد عن ١٠ مقاتلين");
		assertThat(mention.qualifier()).isEqualTo(Qualifier.AT_MOST);
		assertThat(mention.high()).isEqualByComparingTo("10");
	}

	@Test
	void readsQualifierCarryingWaw() {
		assertThat(only("ونحو 200 جريح").qualifier()).isEqualTo(Qualifier.ABOUT);
	}

	@Test
	void leavesConjunctionOfQualifierOutOfSpan() {
		assertThat(only("ونحو 200 جريح").text()).isEqualTo("نحو 200");
	}

	@Test
	void readsExceedsAsMoreThan() {
		assertThat(only("عدد يفوق ٥٠٠ شخص").qualifier()).isEqualTo(Qualifier.MORE_THAN);
	}

	@Test
	void readsMoreThanCueWithZaidAla() {
		assertThat(only("ما يزيد على ألف عائلة").qualifier()).isEqualTo(Qualifier.MORE_THAN);
	}

	@Test
	void readsBelowAsLessThan() {
		assertThat(only("دون 18 عاماً").qualifier()).isEqualTo(Qualifier.LESS_THAN);
	}

	@Test
	void readsAtMostAfterNumber() {
		NumberMention mention = only("بين المعتقلين 40 امرأة على الأكثر");
		assertThat(mention.qualifier()).isEqualTo(Qualifier.AT_MOST);
		assertThat(mention.high()).isEqualByComparingTo("40");
	}

	@Test
	void readsHundredsOfThousands() {
		NumberMention mention = only("نزح مئات الآلاف");
		assertThat(mention.low()).isEqualByComparingTo("200000");
		assertThat(mention.high()).isEqualByComparingTo("999000");
	}

	@Test
	void readsPercentWordWithAlefSpelling() {
		assertThat(only("20 بالمائة").percent()).isTrue();
	}

	@Test
	void readsTensAsVague() {
		NumberMention mention = only("أصيب العشرات");
		assertThat(mention.qualifier()).isEqualTo(Qualifier.VAGUE);
		assertThat(mention.low()).isEqualByComparingTo("20");
		assertThat(mention.best()).isNull();
		assertThat(mention.high()).isEqualByComparingTo("99");
	}

	@Test
	void readsHundredsAsVague() {
		assertThat(only("مئات الأطفال").high()).isEqualByComparingTo("999");
	}

	@Test
	void readsThousandsAloneAsVague() {
		assertThat(only("فر آلاف المدنيين").low()).isEqualByComparingTo("2000");
	}

	@Test
	void readsTensOfThousands() {
		NumberMention mention = only("وصل عشرات الآلاف من النازحين");
		assertThat(mention.low()).isEqualByComparingTo("20000");
		assertThat(mention.high()).isEqualByComparingTo("99000");
	}

	@Test
	void readsAFewAsVague() {
		NumberMention mention = only("بقي بضعة أشخاص");
		assertThat(mention.low()).isEqualByComparingTo("3");
		assertThat(mention.high()).isEqualByComparingTo("9");
	}

	@Test
	void readsSeveralHundreds() {
		assertThat(only("عدة مئات").low()).isEqualByComparingTo("300");
	}

	@Test
	void readsPercentSign() {
		NumberMention mention = only("نسبة 30% من السكان");
		assertThat(mention.percent()).isTrue();
		assertThat(mention.text()).isEqualTo("30%");
	}

	@Test
	void readsArabicPercentSign() {
		assertThat(only("نسبة ٣٠٪").percent()).isTrue();
	}

	@Test
	void readsPercentWord() {
		assertThat(only("30 بالمئة من السكان").percent()).isTrue();
	}

	@Test
	void readsTwoWordPercent() {
		assertThat(only("45 في المائة").text()).isEqualTo("45 في المائة");
	}

	@Test
	void readsAndSomeAfterNumberAsMoreThan() {
		NumberMention mention = only("قتل عشرون ونيّف مدنياً");
		assertThat(mention.qualifier()).isEqualTo(Qualifier.MORE_THAN);
		assertThat(mention.text()).isEqualTo("عشرون ونيّف");
	}

	@Test
	void readsOrMoreAfterNumberAsAtLeast() {
		assertThat(only("50 شخصاً أو أكثر").qualifier()).isEqualTo(Qualifier.AT_LEAST);
	}

	@Test
	void readsOtherPluralOfThousandsAsVague() {
		assertThat(only("فر ألوف المدنيين").qualifier()).isEqualTo(Qualifier.VAGUE);
	}

	@Test
	void readsPercentWordBeforeNumber() {
		NumberMention mention = only("ارتفعت الأسعار بنسبة 30");
		assertThat(mention.percent()).isTrue();
		assertThat(mention.text()).isEqualTo("بنسبة 30");
	}

	@Test
	void readsPercentWordWithArticleAsNoHundred() {
		assertThat(only("بالمائة 10").best()).isEqualByComparingTo("10");
	}

}
