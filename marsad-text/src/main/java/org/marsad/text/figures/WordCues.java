package org.marsad.text.figures;

import java.util.List;

import org.marsad.text.normalize.FoldedText;
import org.marsad.text.vocabulary.FigureCategory;

/**
 * The cues that start each word of one text: category cue, cue of two senses, link word,
 * counted noun, event cue and dual noun, matched together in one set of walks per word
 * ({@link CueUnion}) when a word is first asked about, since figures and events look at
 * the same words again and again. Belongs to one extraction and is not shared between
 * threads.
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
		FoldedText text = this.layout.text();
		LEXICONS.match(text.units(), text.length(), this.layout.start(word), this.layout.end(word), this.ends,
				this.values, this.scratch);
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
	}

}
