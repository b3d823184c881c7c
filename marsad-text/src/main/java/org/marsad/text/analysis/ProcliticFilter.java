package org.marsad.text.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Removes Arabic proclitics as {@link ArabicProclitics} finds them: an article-bearing
 * prefix replaces the word; each one-letter particle gives an extra variant at the same
 * position, so «وزير» is indexed as both «وزير» and «زير» and still meets «الوزير».
 *
 * <p>
 * Expects folded input ({@link ArabicFoldingFilter}). Latin and keyword terms pass
 * unchanged. Variants are written over the word's attributes rather than a captured copy
 * of them: they keep its offsets, set again here, and its type.
 */
public final class ProcliticFilter extends TokenFilter {

	private static final int MAX_PARTICLES = 2;

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

	private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

	private final int[] prefixes = new int[MAX_PARTICLES];

	private char[] word = new char[16];

	private int wordLength;

	private int variants;

	private int emitted;

	private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

	private int startOffset;

	private int endOffset;

	/**
	 * Creates the filter.
	 * @param input folded terms
	 */
	public ProcliticFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (this.emitted < this.variants) {
			this.offset.setOffset(this.startOffset, this.endOffset);
			this.keyword.setKeyword(false);
			int prefix = this.prefixes[this.emitted++];
			this.term.copyBuffer(this.word, prefix, this.wordLength - prefix);
			this.position.setPositionIncrement(0);
			return true;
		}
		if (!this.input.incrementToken()) {
			return false;
		}
		char[] buffer = this.term.buffer();
		int length = this.term.length();
		if (this.keyword.isKeyword() || length == 0 || !ArabicAlphabet.isArabic(buffer[0])) {
			this.variants = 0;
			return true;
		}
		int article = ArabicProclitics.articleLength(buffer, length);
		if (article > 0) {
			this.term.copyBuffer(buffer, article, length - article);
			this.variants = 0;
			return true;
		}
		this.variants = ArabicProclitics.particleLengths(buffer, length, this.prefixes);
		this.emitted = 0;
		if (this.variants > 0) {
			keepWord(buffer, length);
			this.startOffset = this.offset.startOffset();
			this.endOffset = this.offset.endOffset();
		}
		return true;
	}

	private void keepWord(char[] buffer, int length) {
		if (this.word.length < length) {
			this.word = new char[length];
		}
		System.arraycopy(buffer, 0, this.word, 0, length);
		this.wordLength = length;
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		this.variants = 0;
		this.emitted = 0;
	}

}
