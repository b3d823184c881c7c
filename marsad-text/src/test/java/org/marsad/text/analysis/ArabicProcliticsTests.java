package org.marsad.text.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArabicProcliticsTests {

	private final ReportTextAnalyzer analyzer = new ReportTextAnalyzer();

	@Test
	void removesArticleWithConjunctionAndPreposition() {
		assertThat(AnalyzedTerms.of(this.analyzer, "وبالباغوز")).containsExactly("باغوز");
	}

	@Test
	void removesLamLamBeforeAWord() {
		assertThat(AnalyzedTerms.of(this.analyzer, "للمخيم")).containsExactly("مخيم");
	}

	@Test
	void keepsArticleWhenTooLittleWouldRemain() {
		char[] ila = "الي".toCharArray();
		assertThat(ArabicProclitics.articleLength(ila, ila.length)).isZero();
	}

	@Test
	void addsVariantWithoutOneLetterConjunction() {
		assertThat(AnalyzedTerms.of(this.analyzer, "وزير")).containsExactly("وزير|زير");
	}

	@Test
	void addsVariantsWithoutConjunctionAndPreposition() {
		assertThat(AnalyzedTerms.of(this.analyzer, "وبمخيم")).containsExactly("وبمخيم|بمخيم|مخيم");
	}

	@Test
	void keepsShortWordStartingWithParticleLetter() {
		assertThat(AnalyzedTerms.of(this.analyzer, "وعد")).containsExactly("وعد");
	}

	@Test
	void leavesLatinWordsAlone() {
		assertThat(AnalyzedTerms.of(this.analyzer, "Baghuz")).containsExactly("baghuz");
	}

}
