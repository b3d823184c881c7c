package org.marsad.text.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Adds, after each name word, its {@link SkeletonKey} as an extra term at the same
 * position, so that a Latin spelling finds the Arabic one and back. Key terms start with
 * {@link #MARKER} so they never meet a real word.
 *
 * <p>
 * Keys only: each word is replaced by its key instead (a word without a key stays). A
 * word always has the same key, so keys alone match every document that words and keys
 * match; they serve long texts whose words are searched as words in another field, at
 * half the terms and with one term per position for phrases.
 *
 * <p>
 * The key term is written over the word's attributes rather than a captured copy of them
 * (capturing every token cost a fifth of name analysis): it keeps the word's offsets and
 * position length, which are set again here, and its other attributes as the consumer
 * left them.
 */
public final class SkeletonKeyFilter extends TokenFilter {

	/** First character of every key term. */
	public static final char MARKER = '#';

	/** Token type of key terms. */
	public static final String TYPE = "<SKELETON>";

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

	private final TypeAttribute type = addAttribute(TypeAttribute.class);

	private final SkeletonKey skeleton = new SkeletonKey();

	private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

	private final PositionLengthAttribute positionLength = addAttribute(PositionLengthAttribute.class);

	private boolean keyPending;

	private int keyLength;

	private int startOffset;

	private int endOffset;

	private int wordPositionLength;

	private final boolean keysOnly;

	/**
	 * Creates the filter that adds keys beside the words.
	 * @param input folded, lower-cased name words
	 */
	public SkeletonKeyFilter(TokenStream input) {
		this(input, false);
	}

	/**
	 * Creates the filter.
	 * @param input folded, lower-cased name words
	 * @param keysOnly whether keys replace the words rather than follow them
	 */
	public SkeletonKeyFilter(TokenStream input, boolean keysOnly) {
		super(input);
		this.keysOnly = keysOnly;
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (this.keyPending) {
			this.keyPending = false;
			this.offset.setOffset(this.startOffset, this.endOffset);
			this.positionLength.setPositionLength(this.wordPositionLength);
			writeKey();
			this.position.setPositionIncrement(0);
			return true;
		}
		if (!this.input.incrementToken()) {
			return false;
		}
		this.keyLength = this.skeleton.of(this.term.buffer(), this.term.length());
		if (this.keysOnly) {
			if (this.keyLength > 0) {
				writeKey();
			}
		}
		else if (this.keyLength > 0) {
			this.keyPending = true;
			this.startOffset = this.offset.startOffset();
			this.endOffset = this.offset.endOffset();
			this.wordPositionLength = this.positionLength.getPositionLength();
		}
		return true;
	}

	private void writeKey() {
		char[] buffer = this.term.resizeBuffer(this.keyLength + 1);
		buffer[0] = MARKER;
		System.arraycopy(this.skeleton.buffer(), 0, buffer, 1, this.keyLength);
		this.term.setLength(this.keyLength + 1);
		this.type.setType(TYPE);
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		this.keyPending = false;
	}

}
