package org.marsad.text.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArabicFoldingFilterTests {

	private final Analyzer folding = new Analyzer() {

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			WhitespaceTokenizer source = new WhitespaceTokenizer();
			return new TokenStreamComponents(source, new ArabicFoldingFilter(source));
		}

	};

	@Test
	void foldsHamzaAndAlefForms() {
		assertThat(AnalyzedTerms.of(this.folding, "أحمد إبراهيم آمنة مسؤول")).containsExactly("احمد", "ابراهيم", "امنه",
				"مسوول");
	}

	@Test
	void foldsAlefMaksuraToYeh() {
		assertThat(AnalyzedTerms.of(this.folding, "مستشفى قتلى")).containsExactly("مستشفي", "قتلي");
	}

	@Test
	void foldsTehMarbutaToHeh() {
		assertThat(AnalyzedTerms.of(this.folding, "مدينة الرقة")).containsExactly("مدينه", "الرقه");
	}

	@Test
	void dropsTatweelAndDiacritics() {
		assertThat(AnalyzedTerms.of(this.folding, "قُتِلَ الأطفـــال")).containsExactly("قتل", "الاطفال");
	}

	@Test
	void readsArabicIndicAndPersianDigits() {
		assertThat(AnalyzedTerms.of(this.folding, "١٥ ۲۳")).containsExactly("15", "23");
	}

	@Test
	void foldsPersianYehAndKaf() {
		assertThat(AnalyzedTerms.of(this.folding, "کردی")).containsExactly("كردي");
	}

	@Test
	void skipsTermsMadeOnlyOfMarks() {
		assertThat(AnalyzedTerms.of(this.folding, "ـــ َ غزة")).containsExactly("غزه");
	}

}
