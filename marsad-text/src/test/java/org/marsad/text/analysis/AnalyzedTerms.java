package org.marsad.text.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The terms an analyzer gives for a text, for assertions: terms at the same position are
 * joined with '|', positions are listed in order.
 */
final class AnalyzedTerms {

	private AnalyzedTerms() {
	}

	static List<String> of(Analyzer analyzer, String text) {
		List<String> positions = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("field", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				if (increment.getPositionIncrement() == 0 && !positions.isEmpty()) {
					int last = positions.size() - 1;
					positions.set(last, positions.get(last) + "|" + term);
				}
				else {
					positions.add(term.toString());
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return positions;
	}

}
