package org.marsad.text.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArabicLightSuffixesTests {

	private static String stem(String folded) {
		char[] word = folded.toCharArray();
		return new String(word, 0, ArabicLightSuffixes.stem(word, word.length));
	}

	@Test
	void removesFeminineSoundPlural() {
		assertThat(stem("سيارات")).isEqualTo("سيار");
	}

	@Test
	void removesMasculineSoundPluralInBothCases() {
		assertThat(stem("مدنيون")).isEqualTo(stem("مدنيين")).isEqualTo("مدن");
	}

	@Test
	void removesFoldedTehMarbuta() {
		assertThat(stem("سياره")).isEqualTo("سيار");
	}

	@Test
	void removesAttachedPronoun() {
		assertThat(stem("منازلهم")).isEqualTo("منازل");
	}

	@Test
	void removesNisbaEnding() {
		assertThat(stem("عسكريه")).isEqualTo(stem("عسكري")).isEqualTo("عسكر");
	}

	@Test
	void removesAlefOfAccusativeTanwin() {
		assertThat(stem("شخصا")).isEqualTo("شخص");
	}

	@Test
	void keepsStemOfAtLeastTwoLetters() {
		assertThat(stem("ذات")).isEqualTo("ذات");
	}

	@Test
	void leavesNamesUnstemmedInNameAnalysis() {
		assertThat(AnalyzedTerms.of(new NameAnalyzer(), "سعيدة")).containsExactly("سعيده|#sd");
	}

}
