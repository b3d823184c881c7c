package org.marsad.text.figures;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Where the mentions of one kind lie in a {@link TextLayout}: the first and last word of
 * each and its sentence and clause, computed once per text so that figures and events can
 * compare positions by word.
 */
public final class Anchors {

	private final int[] firstWord;

	private final int[] lastWord;

	private final int[] sentence;

	private final int[] clause;

	private Anchors(int size) {
		this.firstWord = new int[size];
		this.lastWord = new int[size];
		this.sentence = new int[size];
		this.clause = new int[size];
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
		Anchors anchors = new Anchors(mentions.size());
		for (int i = 0; i < mentions.size(); i++) {
			M mention = mentions.get(i);
			int first = layout.wordContaining(layout.folded(start.applyAsInt(mention)));
			int last = Math.max(first, layout.wordBefore(layout.folded(end.applyAsInt(mention))));
			anchors.firstWord[i] = first;
			anchors.lastWord[i] = last;
			int word = Math.min(first, layout.words() - 1);
			anchors.sentence[i] = (word >= 0) ? layout.sentence(word) : 0;
			anchors.clause[i] = (word >= 0) ? layout.clause(word) : 0;
		}
		return anchors;
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
		int low = 0;
		int high = size();
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (this.firstWord[mid] < word) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
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
