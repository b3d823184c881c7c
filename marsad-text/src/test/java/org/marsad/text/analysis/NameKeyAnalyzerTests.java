package org.marsad.text.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameKeyAnalyzerTests {

	private final NameKeyAnalyzer analyzer = new NameKeyAnalyzer();

	@Test
	void givesOnlyTheKeyOfEachWord() {
		assertThat(AnalyzedTerms.of(this.analyzer, "محمد الأحمد")).containsExactly("#mhmd", "#ahmd");
	}

	@Test
	void givesLatinAndArabicSpellingsTheSameTerms() {
		assertThat(AnalyzedTerms.of(this.analyzer, "Deir ez-Zor"))
			.isEqualTo(AnalyzedTerms.of(this.analyzer, "دير الزور"));
	}

	@Test
	void keepsAWordThatHasNoKey() {
		assertThat(AnalyzedTerms.of(this.analyzer, "2019")).containsExactly("2019");
	}

}
