package org.marsad.text.figures;

import org.junit.jupiter.api.Test;

import org.marsad.text.normalize.FoldedText;
import org.marsad.text.vocabulary.FigureCategory;
import org.marsad.text.vocabulary.FigureUnit;

import static org.assertj.core.api.Assertions.assertThat;

class WordCuesTests {

	private static WordCues cuesOf(String text) {
		return WordCues.of(TextLayout.of(FoldedText.of(text)));
	}

	@Test
	void givesARepeatedWordTheCuesOfItsFirstOccurrence() {
		String text = "مقتل 3 مدنيين ومقتل 5 آخرين، ثم مقتل طفلين";
		WordCues cues = cuesOf(text);
		assertThat(cues.category(0)).isEqualTo(FigureCategory.KILLED);
		assertThat(cues.category(7)).isEqualTo(FigureCategory.KILLED);
		assertThat(cues.categoryEnd(7)).isEqualTo(text.lastIndexOf("مقتل") + "مقتل".length());
	}

	@Test
	void readsAPhraseThatGoesOnPastAWordSeenAloneBefore() {
		WordCues cues = cuesOf("مساحة 4 كلم، أي نحو 4 كلم مربع");
		assertThat(cues.noun(2)).isNull();
		assertThat(cues.noun(6).unit()).isEqualTo(FigureUnit.KM2);
	}

	@Test
	void endsACopiedCueWhereTheRepeatedWordEnds() {
		String text = "نزوح 20 عائلة ونزوح 30 عائلة";
		WordCues cues = cuesOf(text);
		cues.noun(2);
		assertThat(cues.nounEnd(5)).isEqualTo(text.length());
	}

}
