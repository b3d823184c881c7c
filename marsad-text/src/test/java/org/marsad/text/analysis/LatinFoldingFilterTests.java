package org.marsad.text.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LatinFoldingFilterTests {

	private static final String MIXED = "Muḥammad Ṣāliḥ Ḥamāh ﬁles Ｄｅｉｒ Çağlar Þór قُصِفت الحسكة ٣٣٧٠ Al‐Hol "
			+ "Zoë ʿAbd al‑Raḥmān";

	private static List<String> terms(String text, UnaryOperator<TokenStream> filter) {
		WhitespaceTokenizer tokenizer = new WhitespaceTokenizer();
		tokenizer.setReader(new StringReader(text));
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = filter.apply(tokenizer)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	@Test
	void foldsEveryTermAsAsciiFoldingDoes() {
		assertThat(terms(MIXED, LatinFoldingFilter::new)).isEqualTo(terms(MIXED, ASCIIFoldingFilter::new));
	}

	@Test
	void foldsLatinLettersWithDiacritics() {
		assertThat(terms("Muḥammad Ṣāliḥ", LatinFoldingFilter::new)).containsExactly("Muhammad", "Salih");
	}

	@Test
	void leavesArabicWordsWithDiacriticsAsTheyAre() {
		assertThat(terms("قُصِفت الحسكة", LatinFoldingFilter::new)).containsExactly("قُصِفت", "الحسكة");
	}

	@Test
	void findsNoFoldingUnitInTheArabicBlock() {
		for (char c = '\u0600'; c <= '\u06FF'; c++) {
			assertThat(LatinFoldingFilter.folds(c)).as("U+%04X", (int) c).isFalse();
		}
	}

}
