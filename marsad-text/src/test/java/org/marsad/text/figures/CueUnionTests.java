package org.marsad.text.figures;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.marsad.text.normalize.FoldedText;
import org.marsad.text.normalize.Words;

import static org.assertj.core.api.Assertions.assertThat;

class CueUnionTests {

	private static final CueLexicon<String> NOUNS = CueLexicon.<String>builder()
		.add("family", "عائلة")
		.add("person", "شخص", "أشخاص")
		.add("area", "كلم مربع")
		.build();

	private static final CueLexicon<String> EVENTS = CueLexicon.<String>builder()
		.add("transfer", "نقل", "نقلوا", "نقل العائلات")
		.add("exit", "خروج", "خرجوا")
		.build();

	private static final CueUnion UNION = new CueUnion(List.of(NOUNS, EVENTS));

	@Test
	void givesEachLexiconTheMatchItFindsAlone() {
		FoldedText text = FoldedText
			.of("ووثق المرصد خروج 23200 شخصاً وعائلاتهم، ونقلوا إلى مخيم الهول بعد نقل العائلات "
					+ "من مساحة 4 كلم   مربع");
		Words words = text.words();
		int[] ends = new int[2];
		Object[] values = new Object[2];
		int[] scratch = new int[CueWords.MAX_STARTS + 2];
		int matched = 0;
		for (int w = 0; w < words.count(); w++) {
			UNION.match(text.units(), text.length(), words.start(w), words.end(w), ends, values, scratch);
			List<CueLexicon<String>> alone = List.of(NOUNS, EVENTS);
			for (int k = 0; k < alone.size(); k++) {
				CueLexicon.Match<String> expected = alone.get(k).match(text, words.start(w));
				assertThat(ends[k]).isEqualTo((expected != null) ? expected.end() : -1);
				if (expected != null) {
					assertThat(values[k]).isEqualTo(expected.value());
					matched++;
				}
			}
		}
		assertThat(matched).isGreaterThanOrEqualTo(4);
	}

}
