package org.marsad.text.figures;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Where the mentions of one kind lie in a {@link TextLayout}: the first and last word of
 * each and its sentence and clause, computed once per text so that figures and events can
 * compare positions by word.
 *
 * <p>
 * Rules:
 * <ul>
 * <li>mentions in text order are placed in one walk over the words; a mention that starts
 * before the one before it starts the walk again</li>
 * <li>the first mention at or after each word is kept by word, so that asking which
 * mention starts at, covers or is nearest to a word reads an array</li>
 * </ul>
 */
public final class Anchors {

	private final int[] firstWord;

	private final int[] lastWord;

	private final int[] sentence;

	private final int[] clause;

	/** The first mention that starts at or after each word, one more for the end. */
	private final int[] firstFrom;

	private Anchors(int size, int words) {
		this.firstWord = new int[size];
		this.lastWord = new int[size];
		this.sentence = new int[size];
		this.clause = new int[size];
		this.firstFrom = new int[words + 1];
	}

	/**
	 * Places mentions in a layout.
	 * @param <M> the mention type
	 * @param layout the layout of the text
	 * @param mentions the mentions, with original offsets
	 * @param start the original start of a mention
	 * @param end the original exclusive end of a mention
	 * @return their anchors
	 */
	public static <M> Anchors of(TextLayout layout, List<M> mentions, ToIntFunction<M> start, ToIntFunction<M> end) {
		int words = layout.words();
		Anchors anchors = new Anchors(mentions.size(), words);
		int word = 0;
		int reached = 0;
		for (int i = 0; i < mentions.size(); i++) {
			M mention = mentions.get(i);
			int from = layout.folded(start.applyAsInt(mention));
			int to = layout.folded(end.applyAsInt(mention));
			if (from < reached) {
				word = 0;
			}
			word = firstEndingAfter(layout, word, from);
			int first = word;
			word = firstEndingAfter(layout, word, to);
			reached = to;
			anchors.firstWord[i] = first;
			anchors.lastWord[i] = Math.max(first, word - 1);
			int inside = Math.min(first, words - 1);
			anchors.sentence[i] = (inside >= 0) ? layout.sentence(inside) : 0;
			anchors.clause[i] = (inside >= 0) ? layout.clause(inside) : 0;
		}
		int next = 0;
		for (int w = 0; w <= words; w++) {
			while (next < mentions.size() && anchors.firstWord[next] < w) {
				next++;
			}
			anchors.firstFrom[w] = next;
		}
		return anchors;
	}

	/**
	 * The first word from {@code word} on that ends after a folded index: the word that
	 * holds it, or else the next word; the word before it is the last that ends at or
	 * before the index ({@link TextLayout#wordBefore(int)}).
	 */
	private static int firstEndingAfter(TextLayout layout, int word, int folded) {
		int w = word;
		while (w < layout.words() && layout.end(w) <= folded) {
			w++;
		}
		return w;
	}

	/** Number of mentions. */
	public int size() {
		return this.firstWord.length;
	}

	/** First word of a mention. */
	public int firstWord(int mention) {
		return this.firstWord[mention];
	}

	/** Last word of a mention. */
	public int lastWord(int mention) {
		return this.lastWord[mention];
	}

	/** Sentence of a mention. */
	public int sentence(int mention) {
		return this.sentence[mention];
	}

	/** Clause of a mention. */
	public int clause(int mention) {
		return this.clause[mention];
	}

	/**
	 * The mention that starts at a word (mentions are in text order).
	 * @param word word index
	 * @return mention index or -1
	 */
	public int startingAt(int word) {
		int i = firstAtOrAfter(word);
		return (i < size() && this.firstWord[i] == word) ? i : -1;
	}

	/**
	 * The mention that covers a word.
	 * @param word word index
	 * @return mention index or -1
	 */
	public int covering(int word) {
		int i = firstAtOrAfter(word + 1) - 1;
		return (i >= 0 && this.lastWord[i] >= word) ? i : -1;
	}

	/**
	 * The index of the first mention that starts at or after a word.
	 * @param word word index
	 * @return mention index, or {@link #size()} when none
	 */
	public int firstAtOrAfter(int word) {
		if (word <= 0) {
			return 0;
		}
		return (word < this.firstFrom.length) ? this.firstFrom[word] : size();
	}

	/**
	 * The mention in a sentence nearest to a word, preferring the earlier one on a tie.
	 * @param sentence the sentence
	 * @param word the word
	 * @return mention index or -1
	 */
	public int nearestInSentence(int sentence, int word) {
		int after = firstAtOrAfter(word);
		int before = after - 1;
		boolean hasBefore = before >= 0 && this.sentence[before] == sentence;
		boolean hasAfter = after < size() && this.sentence[after] == sentence;
		if (hasBefore && this.lastWord[before] >= word) {
			return before;
		}
		if (hasBefore && hasAfter) {
			return (word - this.lastWord[before] <= this.firstWord[after] - word) ? before : after;
		}
		return hasBefore ? before : (hasAfter ? after : -1);
	}

}
