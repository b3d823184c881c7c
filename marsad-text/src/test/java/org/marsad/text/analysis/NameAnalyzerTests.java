package org.marsad.text.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameAnalyzerTests {

	private final NameAnalyzer analyzer = new NameAnalyzer();

	@Test
	void joinsAbdWithTheNextWord() {
		assertThat(AnalyzedTerms.of(this.analyzer, "عبد الله")).isEqualTo(AnalyzedTerms.of(this.analyzer, "عبدالله"));
	}

	@Test
	void joinsLatinAbdSkippingTheArticle() {
		assertThat(AnalyzedTerms.of(this.analyzer, "Abd al-Rahman")).containsExactly("abdrahman|#abdrhmn");
	}

	@Test
	void dropsLatinArticleWords() {
		assertThat(AnalyzedTerms.of(this.analyzer, "Deir ez-Zor")).containsExactly("deir|#dr", "zor|#dr");
	}

	@Test
	void removesArabicArticleFromNames() {
		assertThat(AnalyzedTerms.of(this.analyzer, "الباغوز")).containsExactly("باغوز|#bjd");
	}

	@Test
	void keepsArticleOfShortNames() {
		assertThat(AnalyzedTerms.of(this.analyzer, "الله")).containsExactly("الله|#al");
	}

	@Test
	void keepsHamzaAlefLamThatIsNoArticle() {
		assertThat(AnalyzedTerms.of(this.analyzer, "إلهام")).containsExactly("الهام|#alhm");
	}

	@Test
	void splitsArticleGluedInsideAName() {
		assertThat(AnalyzedTerms.of(this.analyzer, "نصرالدين")).isEqualTo(AnalyzedTerms.of(this.analyzer, "نصر الدين"));
	}

	@Test
	void splitsGluedLatinAbu() {
		assertThat(AnalyzedTerms.of(this.analyzer, "Aboubakar")).containsExactly("abu|#ab", "bakar|#bkr");
	}

	@Test
	void splitsGluedAbu() {
		assertThat(AnalyzedTerms.of(this.analyzer, "ابوصالح")).isEqualTo(AnalyzedTerms.of(this.analyzer, "أبو صالح"));
	}

	@Test
	void spellsCaseFormsOfAbuAlike() {
		assertThat(AnalyzedTerms.of(this.analyzer, "أبي بكر")).isEqualTo(AnalyzedTerms.of(this.analyzer, "أبو بكر"));
	}

	@Test
	void spellsIbnAndBinAlike() {
		assertThat(AnalyzedTerms.of(this.analyzer, "ابن خلدون")).isEqualTo(AnalyzedTerms.of(this.analyzer, "بن خلدون"));
	}

	@Test
	void givesLatinAndArabicNamesTheSameKeys() {
		assertThat(AnalyzedTerms.of(this.analyzer, "Khalid ibn al-Walid")).containsExactly("khalid|#xld", "bin|#bn",
				"walid|#wld");
		assertThat(AnalyzedTerms.of(this.analyzer, "خالد بن الوليد")).containsExactly("خالد|#xld", "بن|#bn",
				"وليد|#wld");
	}

	@Test
	void foldsLatinDiacritics() {
		assertThat(AnalyzedTerms.of(this.analyzer, "Muḥammad")).containsExactly("muhammad|#mhmd");
	}

}
