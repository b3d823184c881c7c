package org.marsad.text.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTextAnalyzerTests {

	private final ReportTextAnalyzer analyzer = new ReportTextAnalyzer();

	@Test
	void foldsStripsAndStemsArabicWords() {
		assertThat(AnalyzedTerms.of(this.analyzer, "للمدنيّين")).isEqualTo(AnalyzedTerms.of(this.analyzer, "مدني"));
	}

	@Test
	void lowerCasesAndFoldsLatinDiacritics() {
		assertThat(AnalyzedTerms.of(this.analyzer, "Réfugiés")).containsExactly("refugies");
	}

	@Test
	void readsArabicIndicNumbers() {
		assertThat(AnalyzedTerms.of(this.analyzer, "٣٦٢٥٠")).containsExactly("36250");
	}

	@Test
	void givesTheSameTermsToHamzaVariants() {
		assertThat(AnalyzedTerms.of(this.analyzer, "الأطفال")).isEqualTo(AnalyzedTerms.of(this.analyzer, "اطفال"));
	}

}
