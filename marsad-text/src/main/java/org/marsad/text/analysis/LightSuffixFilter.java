package org.marsad.text.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Applies {@link ArabicLightSuffixes} to Arabic terms in place. Latin and keyword terms
 * pass unchanged. Expects folded input ({@link ArabicFoldingFilter}).
 */
public final class LightSuffixFilter extends TokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

	/**
	 * Creates the filter.
	 * @param input folded terms
	 */
	public LightSuffixFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!this.input.incrementToken()) {
			return false;
		}
		int length = this.term.length();
		if (!this.keyword.isKeyword() && length > 0 && ArabicAlphabet.isArabic(this.term.buffer()[0])) {
			this.term.setLength(ArabicLightSuffixes.stem(this.term.buffer(), length));
		}
		return true;
	}

}
