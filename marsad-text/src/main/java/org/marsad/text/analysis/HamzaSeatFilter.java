package org.marsad.text.analysis;

import static org.marsad.text.normalize.ArabicLetters.WAW_WITH_HAMZA_ABOVE;
import static org.marsad.text.normalize.ArabicLetters.YEH_WITH_HAMZA_ABOVE;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Adds, for a word written with a hamza on a seat (ؤ or ئ), a variant without the seat at
 * the same position. Writers disagree on the seat of a medial hamza («مسؤول» and «مسئول»)
 * and sometimes leave it out («ريس» for «رئيس»); folding keeps the seat letter, so the
 * two spellings meet only through the variant. The word itself stays, so hamza-less
 * typing («مسوول», «عايلة») still meets the folded form.
 *
 * <p>
 * Runs before {@link ArabicFoldingFilter}, which would turn the seats into plain letters.
 */
public final class HamzaSeatFilter extends TokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

	private State state;

	/**
	 * Creates the filter.
	 * @param input unfolded terms
	 */
	public HamzaSeatFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (this.state != null) {
			restoreState(this.state);
			this.state = null;
			dropSeats();
			this.position.setPositionIncrement(0);
			return true;
		}
		if (!this.input.incrementToken()) {
			return false;
		}
		if (hasSeat()) {
			this.state = captureState();
		}
		return true;
	}

	private boolean hasSeat() {
		char[] buffer = this.term.buffer();
		for (int i = 0; i < this.term.length(); i++) {
			if (isSeat(buffer[i])) {
				return true;
			}
		}
		return false;
	}

	private void dropSeats() {
		char[] buffer = this.term.buffer();
		int out = 0;
		for (int i = 0; i < this.term.length(); i++) {
			if (!isSeat(buffer[i])) {
				buffer[out++] = buffer[i];
			}
		}
		this.term.setLength(out);
	}

	private static boolean isSeat(char c) {
		return c == WAW_WITH_HAMZA_ABOVE || c == YEH_WITH_HAMZA_ABOVE;
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		this.state = null;
	}

}
