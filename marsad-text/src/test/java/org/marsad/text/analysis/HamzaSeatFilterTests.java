package org.marsad.text.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HamzaSeatFilterTests {

	private final ReportTextAnalyzer analyzer = new ReportTextAnalyzer();

	@Test
	void addsVariantWithoutTheSeat() {
		assertThat(AnalyzedTerms.of(this.analyzer, "مسؤول")).containsExactly("مسوول|مسول");
	}

	@Test
	void givesBothSeatsACommonVariant() {
		assertThat(AnalyzedTerms.of(this.analyzer, "مسئول").get(0).split("\\|")).contains("مسول");
	}

	@Test
	void leavesWordsWithoutSeatAlone() {
		assertThat(AnalyzedTerms.of(this.analyzer, "مسوول")).containsExactly("مسوول");
	}

}
