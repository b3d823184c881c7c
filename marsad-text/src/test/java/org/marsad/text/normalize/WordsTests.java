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

	@Test
	void splitsATextOfMoreWordsThanItFirstMadeRoomFor() {
		String text = "و ".repeat(300) + "الهول";
		Words words = Words.of(text);
		assertThat(words.count()).isEqualTo(301);
		assertThat(words.start(299)).isEqualTo(598);
		assertThat(text.substring(words.start(300), words.end(300))).isEqualTo("الهول");
		assertThat(words.hash(300)).isEqualTo("الهول".hashCode());
	}

}
