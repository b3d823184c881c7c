package org.marsad.text.figures;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.marsad.text.normalize.FoldedText;

import static org.assertj.core.api.Assertions.assertThat;

class AnchorsTests {

	private static final String TEXT = "نزح نحو 300 شخص من قرية الباغوز. ونُقلوا إلى مخيّم الهول، بينهم 6 أطفال.";

	private static final TextLayout LAYOUT = TextLayout.of(FoldedText.of(TEXT));

	private static Anchors anchorsOf(String... spans) {
		List<int[]> mentions = java.util.Arrays.stream(spans).map((span) -> {
			int start = TEXT.indexOf(span);
			return new int[] { start, start + span.length() };
		}).toList();
		return Anchors.of(LAYOUT, mentions, (m) -> m[0], (m) -> m[1]);
	}

	@Test
	void placesEachMentionOnItsFirstAndLastWord() {
		Anchors anchors = anchorsOf("نحو 300", "مخيّم الهول");
		assertThat(anchors.firstWord(0)).isEqualTo(1);
		assertThat(anchors.lastWord(0)).isEqualTo(2);
		assertThat(anchors.firstWord(1)).isEqualTo(9);
		assertThat(anchors.lastWord(1)).isEqualTo(10);
	}

	@Test
	void givesEachMentionItsSentenceAndClause() {
		Anchors anchors = anchorsOf("الباغوز", "مخيّم الهول", "6 أطفال");
		assertThat(anchors.sentence(0)).isZero();
		assertThat(anchors.sentence(1)).isEqualTo(1);
		assertThat(anchors.clause(2)).isEqualTo(anchors.clause(1) + 1);
	}

	@Test
	void placesMentionsGivenOutOfTextOrder() {
		Anchors anchors = anchorsOf("مخيّم الهول", "الباغوز");
		assertThat(anchors.firstWord(0)).isEqualTo(9);
		assertThat(anchors.firstWord(1)).isEqualTo(6);
	}

	@Test
	void findsTheMentionStartingAtOrCoveringAWord() {
		Anchors anchors = anchorsOf("نحو 300", "مخيّم الهول");
		assertThat(anchors.startingAt(9)).isEqualTo(1);
		assertThat(anchors.startingAt(10)).isEqualTo(-1);
		assertThat(anchors.covering(10)).isEqualTo(1);
		assertThat(anchors.covering(5)).isEqualTo(-1);
	}

	@Test
	void countsTheMentionsFromAWordOn() {
		Anchors anchors = anchorsOf("نحو 300", "مخيّم الهول");
		assertThat(anchors.firstAtOrAfter(-3)).isZero();
		assertThat(anchors.firstAtOrAfter(2)).isEqualTo(1);
		assertThat(anchors.firstAtOrAfter(10)).isEqualTo(2);
		assertThat(anchors.firstAtOrAfter(LAYOUT.words() + 5)).isEqualTo(2);
	}

}
