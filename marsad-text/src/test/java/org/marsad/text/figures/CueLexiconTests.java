package org.marsad.text.figures;

import org.junit.jupiter.api.Test;

import org.marsad.text.normalize.FoldedText;

import static org.assertj.core.api.Assertions.assertThat;

class CueLexiconTests {

	private final CueLexicon<String> lexicon = CueLexicon.<String>builder()
		.add("family", "عائلة")
		.add("area", "كلم مربع")
		.add("exit", "خروج")
		.build();

	private CueLexicon.Match<String> matchAt(String text, int start) {
		return this.lexicon.match(FoldedText.of(text), start);
	}

	@Test
	void matchesWithConjunctionPrepositionAndArticle() {
		assertThat(matchAt("وبالعائلة", 0).value()).isEqualTo("family");
	}

	@Test
	void matchesWithPronounEnding() {
		assertThat(matchAt("خروجهم", 0).value()).isEqualTo("exit");
	}

	@Test
	void foldsHamzaAndTehMarbutaLikeTheInput() {
		assertThat(matchAt("عائله", 0).value()).isEqualTo("family");
	}

	@Test
	void matchesPhraseAcrossSpaces() {
		CueLexicon.Match<String> match = matchAt("4 كلم   مربع فقط", 2);
		assertThat(match.value()).isEqualTo("area");
		assertThat(match.end()).isEqualTo(12);
	}

	@Test
	void endsAPhraseAtTheEndOfItsLastWordWithItsEnding() {
		CueLexicon.Match<String> match = matchAt("مساحة 4 كلم مربعات، ثم", 8);
		assertThat(match.value()).isEqualTo("area");
		assertThat(match.end()).isEqualTo(18);
	}

	@Test
	void refusesAWordThatOnlyStartsLikeACue() {
		assertThat(matchAt("خروجيات", 0)).isNull();
	}

}
