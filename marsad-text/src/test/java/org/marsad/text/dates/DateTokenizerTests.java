package org.marsad.text.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.marsad.text.normalize.FoldedText;

class DateTokenizerTests {

	private final DateTokenizer tokenizer = new DateTokenizer(DateLexicon.load());

	@Test
	void joinsTwoWordMonthNamesIntoOneToken() {
		DateTokens tokens = tokenize("تشرين الثاني");
		assertThat(tokens.count()).isEqualTo(1);
		assertThat(tokens.kind(0)).isEqualTo(WordKind.MONTH);
		assertThat(tokens.value(0)).isEqualTo(11);
	}

	@Test
	void stripsTheConjunctionAndRemembersIt() {
		DateTokens tokens = tokenize("وحتى");
		assertThat(tokens.kind(0)).isEqualTo(WordKind.UNTIL);
		assertThat(tokens.conjoined(0)).isTrue();
	}

	@Test
	void stripsCliticsBeforeTheArticle() {
		assertThat(tokenize("بالأمس").kind(0)).isEqualTo(WordKind.RELATIVE_DAY);
		assertThat(tokenize("للثاني").kind(0)).isEqualTo(WordKind.NUMBER_WORD);
	}

	@Test
	void keepsWordsThatOnlyLookLikeACliticAndAMonth() {
		assertThat(tokenize("باب").kind(0)).isEqualTo(WordKind.WORD);
	}

	@Test
	void readsTheArticleWithTatweelBeforeDigits() {
		DateTokens tokens = tokenize("الـ23");
		assertThat(tokens.kind(0)).isEqualTo(WordKind.ARTICLE);
		assertThat(tokens.kind(1)).isEqualTo(WordKind.NUMBER);
		assertThat(tokens.value(1)).isEqualTo(23);
	}

	@Test
	void readsArabicIndicDigitsAsNumbers() {
		DateTokens tokens = tokenize("٢٠١٩");
		assertThat(tokens.value(0)).isEqualTo(2019);
		assertThat(tokens.digits(0)).isEqualTo(4);
	}

	@Test
	void skipsLinks() {
		assertThat(tokenize("https://example.org/2017/02/14/x").count()).isZero();
	}

	private DateTokens tokenize(String text) {
		return this.tokenizer.tokenize(FoldedText.of(text));
	}

}
