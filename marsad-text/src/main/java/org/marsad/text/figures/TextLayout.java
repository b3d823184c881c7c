package org.marsad.text.figures;

import org.marsad.text.normalize.CharClass;
import org.marsad.text.normalize.FoldedText;
import org.marsad.text.normalize.Words;

/**
 * The words, clauses and sentences of a folded text, so that figures and events can ask
 * which words lie near a number and whether two mentions share a clause. The words are
 * the text's shared {@link Words}.
 *
 * <p>
 * Rules:
 * <ul>
 * <li>a word is a run of letters or digits</li>
 * <li>a sentence ends at . ! ? ؟ … or a line break</li>
 * <li>a clause also ends at a comma (Arabic commas are folded to ','), ; ؛ or :</li>
 * <li>a point or comma between two digits belongs to the number (3.5, 23,200)</li>
 * </ul>
 */
public final class TextLayout {

	private static final char ARABIC_QUESTION_MARK = '\u061F';

	private static final char ARABIC_SEMICOLON = '\u061B';

	private static final char ELLIPSIS = '\u2026';

	private static final char FULL_STOP = '.';

	private static final char COMMA = ',';

	private static final char EXCLAMATION_MARK = '!';

	private static final char QUESTION_MARK = '?';

	private static final char SEMICOLON = ';';

	private static final char COLON = ':';

	private static final char LINE_FEED = '\n';

	private static final char CARRIAGE_RETURN = '\r';

	private final FoldedText text;

	private final Words words;

	private final int[] wordClause;

	private final int[] wordSentence;

	private TextLayout(FoldedText text, Words words, int[] wordClause, int[] wordSentence) {
		this.text = text;
		this.words = words;
		this.wordClause = wordClause;
		this.wordSentence = wordSentence;
	}

	/**
	 * Lays out a folded text on the words it was split into once for all recognisers;
	 * only the units between words are read again.
	 * @param text the folded text
	 * @return its layout
	 */
	public static TextLayout of(FoldedText text) {
		Words words = text.words();
		char[] chars = text.units();
		int[] clauses = new int[words.count()];
		int[] sentences = new int[words.count()];
		int clause = 0;
		int sentence = 0;
		int gap = 0;
		for (int w = 0; w < words.count(); w++) {
			for (int i = gap; i < words.start(w); i++) {
				if (!betweenDigits(text, i)) {
					if (endsSentence(chars[i])) {
						sentence++;
						clause++;
					}
					else if (endsClause(chars[i])) {
						clause++;
					}
				}
			}
			clauses[w] = clause;
			sentences[w] = sentence;
			gap = words.end(w);
		}
		return new TextLayout(text, words, clauses, sentences);
	}

	private static boolean betweenDigits(FoldedText text, int i) {
		char c = text.charAt(i);
		return (c == FULL_STOP || c == COMMA) && i > 0 && i + 1 < text.length() && CharClass.isDigit(text.charAt(i - 1))
				&& CharClass.isDigit(text.charAt(i + 1));
	}

	private static boolean endsSentence(char c) {
		return c == FULL_STOP || c == EXCLAMATION_MARK || c == QUESTION_MARK || c == ARABIC_QUESTION_MARK
				|| c == ELLIPSIS || c == LINE_FEED || c == CARRIAGE_RETURN;
	}

	private static boolean endsClause(char c) {
		return c == COMMA || c == SEMICOLON || c == ARABIC_SEMICOLON || c == COLON;
	}

	/** The folded text. */
	public FoldedText text() {
		return this.text;
	}

	/** Number of words. */
	public int words() {
		return this.words.count();
	}

	/** Folded start of a word. */
	public int start(int word) {
		return this.words.start(word);
	}

	/** Folded exclusive end of a word. */
	public int end(int word) {
		return this.words.end(word);
	}

	/**
	 * The hash of a word's units, as {@link String#hashCode()} gives it.
	 * @param word index of the word
	 * @return the hash
	 */
	public int hash(int word) {
		return this.words.hash(word);
	}

	/** Clause number of a word (clauses are numbered through the text). */
	public int clause(int word) {
		return this.wordClause[word];
	}

	/** Sentence number of a word. */
	public int sentence(int word) {
		return this.wordSentence[word];
	}

	/**
	 * The first word of a sentence.
	 * @param sentence sentence number
	 * @return word index, or {@link #words()} when the sentence has no word
	 */
	public int firstWordOf(int sentence) {
		int low = 0;
		int high = this.words.count();
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (this.wordSentence[mid] < sentence) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

	/**
	 * The first word that starts at or after a folded index.
	 * @param folded folded index
	 * @return word index, or {@link #words()} when none
	 */
	public int wordAtOrAfter(int folded) {
		return this.words.atOrAfter(folded);
	}

	/**
	 * The last word that ends at or before a folded index.
	 * @param folded folded index
	 * @return word index, or -1 when none
	 */
	public int wordBefore(int folded) {
		return this.words.before(folded);
	}

	/**
	 * The folded index of an original offset: the first folded unit at or after it.
	 * @param original offset into the original text
	 * @return folded index (0..length)
	 */
	public int folded(int original) {
		return this.text.foldedIndex(original);
	}

}
