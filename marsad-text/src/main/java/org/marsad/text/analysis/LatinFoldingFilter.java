package org.marsad.text.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Folds Latin letters with diacritics and other characters that have an ASCII equivalent
 * («Muḥammad» → muhammad, «ﬁ» → fi), exactly as Lucene's {@link ASCIIFoldingFilter}, but
 * only in terms that hold such a character.
 *
 * <p>
 * {@link ASCIIFoldingFilter} sends every term with a character above U+007F through its
 * folding switch, so every Arabic word pays for it although no Arabic letter folds; on
 * Arabic report text that was more than half the cost of analysis. Here a table built
 * once from {@link ASCIIFoldingFilter#foldToASCII} tells, per UTF-16 unit, whether it
 * folds, and terms without such a unit pass untouched. The output is the same term for
 * term.
 */
public final class LatinFoldingFilter extends TokenFilter {

	private static final boolean[] FOLDS = foldingUnits();

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private char[] folded = new char[64];

	/**
	 * Creates the filter.
	 * @param input the stream to fold
	 */
	public LatinFoldingFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!this.input.incrementToken()) {
			return false;
		}
		char[] buffer = this.term.buffer();
		int length = this.term.length();
		for (int i = 0; i < length; i++) {
			if (FOLDS[buffer[i]]) {
				fold(buffer, length);
				break;
			}
		}
		return true;
	}

	private void fold(char[] buffer, int length) {
		int most = 4 * length;
		if (this.folded.length < most) {
			this.folded = new char[ArrayUtil.oversize(most, Character.BYTES)];
		}
		int foldedLength = ASCIIFoldingFilter.foldToASCII(buffer, 0, this.folded, 0, length);
		this.term.copyBuffer(this.folded, 0, foldedLength);
	}

	/**
	 * Whether a unit is one that folding changes.
	 * @param c the unit
	 * @return true when {@link ASCIIFoldingFilter} would replace it
	 */
	static boolean folds(char c) {
		return FOLDS[c];
	}

	private static boolean[] foldingUnits() {
		boolean[] folds = new boolean[Character.MAX_VALUE + 1];
		char[] in = new char[1];
		char[] out = new char[4];
		for (int c = 0x80; c <= Character.MAX_VALUE; c++) {
			in[0] = (char) c;
			int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, 1);
			folds[c] = length != 1 || out[0] != c;
		}
		return folds;
	}

}
