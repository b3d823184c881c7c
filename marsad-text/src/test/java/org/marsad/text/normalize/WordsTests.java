package org.marsad.text.normalize;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordsTests {

	@Test
	void hashesEachReadingAsTheStringItLooksUp() {
		FoldedText text = FoldedText.of("نزح أهالي قرية وبالباغوز وللرقّة إلى مخيّم الهول");
		Words words = text.words();
		int checked = 0;
		for (int w = 0; w < words.count(); w++) {
			for (int r = 0; r < words.readingCount(w); r++) {
				int reading = words.reading(w, r);
				String prefix = Proclitics.restoresArticle(reading) ? Proclitics.ARTICLE : "";
				String looked = prefix + text.toString().substring(Proclitics.lookupStart(reading), words.end(w));
				assertThat(words.readingHash(w, r)).as(looked).isEqualTo(looked.hashCode());
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(words.count());
	}

}
