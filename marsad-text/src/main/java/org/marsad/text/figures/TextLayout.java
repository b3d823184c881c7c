package org.marsad.text.figures;

import java.util.Arrays;

import org.marsad.text.normalize.FoldedText;

/**
 * The words, clauses and sentences of a folded text, found in one pass, so that figures
 * and events can ask which words lie near a number and whether two mentions share a
 * clause.
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

	private final int[] wordStart;

	private final int[] wordEnd;

	private final int[] wordClause;

	private final int[] wordSentence;

	private final int words;

	private TextLayout(FoldedText text, int[] wordStart, int[] wordEnd, int[] wordClause, int[] wordSentence,
			int words) {
		this.text = text;
		this.wordStart = wordStart;
		this.wordEnd = wordEnd;
		this.wordClause = wordClause;
		this.wordSentence = wordSentence;
		this.words = words;
	}

	/**
	 * Lays out a folded text.
	 * @param text the folded text
	 * @return its layout
	 */
	public static TextLayout of(FoldedText text) {
		int n = text.length();
		Builder words = new Builder(Math.max(16, n / 4));
		int clause = 0;
		int sentence = 0;
		int i = 0;
		while (i < n) {
			char c = text.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				int start = i;
				while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
					i++;
				}
				words.add(start, i, clause, sentence);
				continue;
			}
			if (!betweenDigits(text, i)) {
				if (endsSentence(c)) {
					sentence++;
					clause++;
				}
				else if (endsClause(c)) {
					clause++;
				}
			}
			i++;
		}
		return new TextLayout(text, words.starts, words.ends, words.clauses, words.sentences, words.count);
	}

	private static boolean betweenDigits(FoldedText text, int i) {
		char c = text.charAt(i);
		return (c == FULL_STOP || c == COMMA) && i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
				&& Character.isDigit(text.charAt(i + 1));
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
		return this.words;
	}

	/** Folded start of a word. */
	public int start(int word) {
		return this.wordStart[word];
	}

	/** Folded exclusive end of a word. */
	public int end(int word) {
		return this.wordEnd[word];
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
		int high = this.words;
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
		int found = Arrays.binarySearch(this.wordStart, 0, this.words, folded);
		return (found >= 0) ? found : -found - 1;
	}

	/**
	 * The last word that ends at or before a folded index.
	 * @param folded folded index
	 * @return word index, or -1 when none
	 */
	public int wordBefore(int folded) {
		int found = Arrays.binarySearch(this.wordEnd, 0, this.words, folded);
		return (found >= 0) ? found : -found - 2;
	}

	/**
	 * The word that contains a folded index, or the next one.
	 * @param folded folded index
	 * @return word index, or {@link #words()} when none
	 */
	public int wordContaining(int folded) {
		int before = wordAtOrAfter(folded + 1) - 1;
		return (before >= 0 && this.wordEnd[before] > folded) ? before : wordAtOrAfter(folded);
	}

	/**
	 * The folded index of an original offset: the first folded unit at or after it.
	 * @param original offset into the original text
	 * @return folded index (0..length)
	 */
	public int folded(int original) {
		int low = 0;
		int high = this.text.length();
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (this.text.originalStart(mid) < original) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

	private static final class Builder {

		private int[] starts;

		private int[] ends;

		private int[] clauses;

		private int[] sentences;

		private int count;

		Builder(int capacity) {
			this.starts = new int[capacity];
			this.ends = new int[capacity];
			this.clauses = new int[capacity];
			this.sentences = new int[capacity];
		}

		void add(int start, int end, int clause, int sentence) {
			if (this.count == this.starts.length) {
				int grown = this.count * 2;
				this.starts = Arrays.copyOf(this.starts, grown);
				this.ends = Arrays.copyOf(this.ends, grown);
				this.clauses = Arrays.copyOf(this.clauses, grown);
				this.sentences = Arrays.copyOf(this.sentences, grown);
			}
			this.starts[this.count] = start;
			this.ends[this.count] = end;
			this.clauses[this.count] = clause;
			this.sentences[this.count] = sentence;
			this.count++;
		}

	}

}
