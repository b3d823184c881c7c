package org.marsad.text.figures;

import java.util.List;

import org.marsad.text.normalize.FoldedText;
import org.marsad.text.normalize.RangeHash;
import org.marsad.text.vocabulary.FigureCategory;

/**
 * The cues that start each word of one text: category cue, cue of two senses, link word,
 * counted noun, event cue and dual noun, matched together in one set of walks per word
 * ({@link CueUnion}) when a word is first asked about, since figures and events look at
 * the same words again and again. A word written again later in the text («في», «من»,
 * «مدنيين») takes the cues of its first occurrence when they depend on its own units
 * only, which is when no cue phrase could go on past it ({@link CueUnion#match}). Belongs
 * to one extraction and is not shared between threads.
 *
 * <p>
 * The event cues ({@link EventCues}) live in this package with the other cue vocabularies
 * for that reason: one trie holds them all.
 */
public final class WordCues {

	private static final int CATEGORY = 0;

	private static final int ADJACENT = 1;

	private static final int LINK = 2;

	private static final int NOUN = 3;

	private static final int EVENT = 4;

	private static final int DUAL = 5;

	private static final int MIN_SEEN = 16;

	private static final int MAX_SEEN = 1 << 16;

	private static final CueUnion LEXICONS = new CueUnion(List.of(FigureCues.lexicon(), FigureCues.adjacent(),
			LinkWords.lexicon(), CountedNouns.lexicon(), EventCues.lexicon(), DualNouns.lexicon()));

	private final TextLayout layout;

	private final FigureCategory[] category;

	private final int[] categoryEnd;

	private final FigureCategory[] adjacent;

	private final LinkWord[] link;

	private final CountedNoun[] noun;

	private final int[] nounEnd;

	private final EventCue[] event;

	private final CountedNoun[] dual;

	private final boolean[] known;

	private final int[] ends = new int[LEXICONS.size()];

	private final Object[] values = new Object[LEXICONS.size()];

	private final int[] scratch = new int[CueWords.MAX_STARTS + LEXICONS.size()];

	/**
	 * Words whose cues depend on their own units, by hash (open addressing, one more than
	 * the word's index; 0 is empty), at most half full.
	 */
	private final int[] seen;

	private int seenCount;

	private WordCues(TextLayout layout) {
		this.layout = layout;
		int words = layout.words();
		this.category = new FigureCategory[words];
		this.categoryEnd = new int[words];
		this.adjacent = new FigureCategory[words];
		this.link = new LinkWord[words];
		this.noun = new CountedNoun[words];
		this.nounEnd = new int[words];
		this.event = new EventCue[words];
		this.dual = new CountedNoun[words];
		this.known = new boolean[words];
		this.seen = new int[Math.min(MAX_SEEN, Integer.highestOneBit(Math.max(words, MIN_SEEN)) * 2)];
	}

	static WordCues of(TextLayout layout) {
		return new WordCues(layout);
	}

	/**
	 * The category cue that starts at a word.
	 * @param word the word
	 * @return the category, or {@code null}
	 */
	FigureCategory category(int word) {
		lookUp(word);
		return this.category[word];
	}

	/**
	 * The category cue that starts at a word and counts only right before a number.
	 * @param word the word
	 * @return the category, or {@code null}
	 */
	FigureCategory adjacentCategory(int word) {
		if (word < 0 || word >= this.known.length) {
			return null;
		}
		lookUp(word);
		return this.adjacent[word];
	}

	/**
	 * The folded end of the category cue that starts at a word.
	 * @param word the word (with a cue)
	 * @return the folded exclusive end
	 */
	int categoryEnd(int word) {
		lookUp(word);
		return this.categoryEnd[word];
	}

	/**
	 * Whether a word is a link word of a kind.
	 * @param word the word
	 * @param kind the kind
	 * @return whether it is
	 */
	boolean is(int word, LinkWord kind) {
		if (word < 0 || word >= this.known.length) {
			return false;
		}
		lookUp(word);
		return this.link[word] == kind;
	}

	/**
	 * The counted noun that starts at a word.
	 * @param word the word
	 * @return the noun, or {@code null}
	 */
	CountedNoun noun(int word) {
		lookUp(word);
		return this.noun[word];
	}

	/**
	 * The folded end of the counted noun that starts at a word.
	 * @param word the word (with a noun)
	 * @return the folded exclusive end
	 */
	int nounEnd(int word) {
		lookUp(word);
		return this.nounEnd[word];
	}

	/**
	 * The noun a word counts two of when it is a dual («طفلان», «عائلتين»), or null.
	 * @param word index of the word
	 * @return the counted noun or null
	 */
	CountedNoun dual(int word) {
		lookUp(word);
		return this.dual[word];
	}

	/**
	 * The event cue that starts at a word.
	 * @param word the word
	 * @return the cue, or {@code null}
	 */
	public EventCue event(int word) {
		lookUp(word);
		return this.event[word];
	}

	private void lookUp(int word) {
		if (this.known[word]) {
			return;
		}
		int slot = RangeHash.spread(this.layout.hash(word)) & (this.seen.length - 1);
		while (this.seen[slot] != 0) {
			int earlier = this.seen[slot] - 1;
			if (sameWord(earlier, word)) {
				copy(earlier, word);
				return;
			}
			slot = (slot + 1) & (this.seen.length - 1);
		}
		FoldedText text = this.layout.text();
		boolean local = LEXICONS.match(text.units(), text.length(), this.layout.start(word), this.layout.end(word),
				this.ends, this.values, this.scratch);
		if (this.ends[CATEGORY] >= 0) {
			this.category[word] = (FigureCategory) this.values[CATEGORY];
			this.categoryEnd[word] = this.ends[CATEGORY];
		}
		this.adjacent[word] = (this.ends[ADJACENT] >= 0) ? (FigureCategory) this.values[ADJACENT] : null;
		this.link[word] = (this.ends[LINK] >= 0) ? (LinkWord) this.values[LINK] : null;
		if (this.ends[NOUN] >= 0) {
			this.noun[word] = (CountedNoun) this.values[NOUN];
			this.nounEnd[word] = this.ends[NOUN];
		}
		this.event[word] = (this.ends[EVENT] >= 0) ? (EventCue) this.values[EVENT] : null;
		this.dual[word] = (this.ends[DUAL] >= 0 && this.ends[DUAL] == this.layout.end(word))
				? (CountedNoun) this.values[DUAL] : null;
		this.known[word] = true;
		if (local && 2 * (this.seenCount + 1) <= this.seen.length) {
			this.seen[slot] = word + 1;
			this.seenCount++;
		}
	}

	private boolean sameWord(int earlier, int word) {
		int start = this.layout.start(word);
		int length = this.layout.end(word) - start;
		int earlierStart = this.layout.start(earlier);
		if (this.layout.hash(earlier) != this.layout.hash(word) || this.layout.end(earlier) - earlierStart != length) {
			return false;
		}
		char[] units = this.layout.text().units();
		for (int k = 0; k < length; k++) {
			if (units[earlierStart + k] != units[start + k]) {
				return false;
			}
		}
		return true;
	}

	/** Gives a word the cues of an earlier occurrence, their ends moved along with it. */
	private void copy(int earlier, int word) {
		int shift = this.layout.start(word) - this.layout.start(earlier);
		if (this.category[earlier] != null) {
			this.category[word] = this.category[earlier];
			this.categoryEnd[word] = this.categoryEnd[earlier] + shift;
		}
		this.adjacent[word] = this.adjacent[earlier];
		this.link[word] = this.link[earlier];
		if (this.noun[earlier] != null) {
			this.noun[word] = this.noun[earlier];
			this.nounEnd[word] = this.nounEnd[earlier] + shift;
		}
		this.event[word] = this.event[earlier];
		this.dual[word] = this.dual[earlier];
		this.known[word] = true;
	}

}
