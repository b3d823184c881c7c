package org.marsad.text.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every term, variants and keys included, points at the word it came from in the original
 * text, so that highlights fall on the words as written.
 */
class AnalyzedOffsetsTests {

	private static List<String> spans(Analyzer analyzer, String text) {
		List<String> spans = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("field", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				spans.add(term + "=" + text.substring(offset.startOffset(), offset.endOffset()));
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return spans;
	}

	@Test
	void pointsParticleVariantsAtTheWholeWord() {
		assertThat(spans(new ReportTextAnalyzer(), "ووزير الدفاع")).containsExactly("ووزير=ووزير", "وزير=ووزير",
				"دفاع=الدفاع");
	}

	@Test
	void pointsHamzaSeatVariantsAtTheWholeWord() {
		assertThat(spans(new ReportTextAnalyzer(), "مسؤول")).allMatch((span) -> span.endsWith("=مسؤول"));
	}

	@Test
	void pointsSkeletonKeysAtTheirWord() {
		assertThat(spans(new NameAnalyzer(), "محمد الأحمد")).containsExactly("محمد=محمد", "#mhmd=محمد", "احمد=الأحمد",
				"#ahmd=الأحمد");
	}

	@Test
	void pointsKeysOfSplitParticlesAtTheirPart() {
		assertThat(spans(new NameAnalyzer(), "ابوصالح")).containsExactly("ابو=ابو", "#ab=ابو", "صالح=صالح", "#sl=صالح");
	}

}
