package org.marsad.text.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.marsad.text.normalize.ArabicFolding;

/**
 * Folds every term with {@link ArabicFolding}, the folding the extraction engine uses, so
 * that the index, the queries and the extracted spans agree on spelling.
 *
 * <p>
 * The term buffer is rewritten in place: folding maps one unit to one unit or drops it,
 * so the folded term is never longer than the original. Terms that fold to nothing (a
 * lone tatweel or diacritic) are skipped.
 */
public final class ArabicFoldingFilter extends TokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	/**
	 * Creates the filter.
	 * @param input the stream to fold
	 */
	public ArabicFoldingFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		while (this.input.incrementToken()) {
			if (foldTerm() > 0) {
				return true;
			}
		}
		return false;
	}

	private int foldTerm() {
		char[] buffer = this.term.buffer();
		int length = this.term.length();
		int out = 0;
		for (int i = 0; i < length; i++) {
			char folded = ArabicFolding.fold(buffer[i]);
			if (folded != ArabicFolding.DROPPED) {
				buffer[out++] = folded;
			}
		}
		this.term.setLength(out);
		return out;
	}

}
