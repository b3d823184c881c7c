package org.marsad.text.normalize;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProcliticsTests {

	private static List<String> lookups(String word) {
		String folded = ArabicFolding.fold(word);
		int[] out = new int[Proclitics.MAX_CANDIDATES];
		int n = Proclitics.candidates(folded.toCharArray(), 0, folded.length(), out);
		List<String> lookups = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			String prefix = Proclitics.restoresArticle(out[i]) ? Proclitics.ARTICLE : "";
			lookups.add(prefix + folded.substring(Proclitics.lookupStart(out[i])));
		}
		return lookups;
	}

	@Test
	void triesTheWordAsWrittenFirst() {
		assertThat(lookups("الباغوز")).first().isEqualTo("الباغوز");
	}

	@Test
	void stripsConjunctionAndPreposition() {
		assertThat(lookups("وبالباغوز")).contains("بالباغوز", "الباغوز");
	}

	@Test
	void restoresArticleAfterLam() {
		assertThat(lookups("للرقة")).contains(ArabicFolding.fold("الرقة"));
	}

	@Test
	void dropsArticleLast() {
		assertThat(lookups("الكوباني")).last().isEqualTo("كوباني");
	}

	@Test
	void leavesLatinWordsAlone() {
		assertThat(lookups("Baghuz")).containsExactly("baghuz");
	}

	@Test
	void keepsAtLeastTwoLetters() {
		assertThat(lookups("بل")).containsExactly("بل");
	}

}
