package org.marsad.text.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.marsad.text.normalize.FoldedText;

class SpelledNumberTests {

	private final DateTokenizer tokenizer = new DateTokenizer(DateLexicon.load());

	@Test
	void readsCompoundOrdinalDays() {
		assertThat(read("الحادي والعشرين")).isEqualTo(new Slot(21, 2));
	}

	@Test
	void readsTeensWithTheWordTen() {
		assertThat(read("الخامسَ عشرَ")).isEqualTo(new Slot(15, 2));
	}

	@Test
	void readsYearsFromThousandsDown() {
		assertThat(read("ألف وتسعمائة وثمانية وسبعون")).isEqualTo(new Slot(1978, 4));
		assertThat(read("ألفان وثمانية عشر")).isEqualTo(new Slot(2018, 3));
	}

	@Test
	void keepsListedOrdinalsApart() {
		assertThat(read("الأول والثاني")).isEqualTo(new Slot(1, 1));
	}

	@Test
	void readsNothingBeforeAWordThatIsNoNumber() {
		assertThat(read("نازح")).isNull();
	}

	private Slot read(String text) {
		return SpelledNumber.read(this.tokenizer.tokenize(FoldedText.of(text)), 0);
	}

}
