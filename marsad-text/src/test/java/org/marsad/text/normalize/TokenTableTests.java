package org.marsad.text.normalize;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenTableTests {

	private static final TokenTable TABLE = new TokenTable(
			List.of(ArabicFolding.fold("الرقة"), ArabicFolding.fold("إدلب"), ArabicFolding.fold("الزور"), "Aa"));

	private static int idOf(String text, String prefix) {
		FoldedText folded = FoldedText.of(text);
		int hash = RangeHash.prefixed(prefix, folded.toString().hashCode(), folded.length());
		return TABLE.idOf(hash, prefix, folded, 0, folded.length());
	}

	@Test
	void findsAFoldedWordWrittenWithTatweelAndDiacritics() {
		assertThat(idOf("الـزّوْر", "")).isEqualTo(2);
	}

	@Test
	void findsAWordWrittenWithoutItsHamza() {
		assertThat(idOf("ادلب", "")).isEqualTo(1);
	}

	@Test
	void findsAWordWhoseArticleIsGivenAsPrefix() {
		assertThat(idOf("رقة", Proclitics.ARTICLE)).isEqualTo(0);
	}

	@Test
	void tellsApartWordsThatShareAHash() {
		assertThat("BB".hashCode()).isEqualTo("Aa".hashCode());
		assertThat(idOf("BB", "")).isEqualTo(TokenTable.ABSENT);
	}

	@Test
	void missesAWordThatIsOnlyTheStartOfAKey() {
		assertThat(idOf("الزو", "")).isEqualTo(TokenTable.ABSENT);
	}

}
