package org.marsad.text.figures;

import org.marsad.text.vocabulary.FigureCategory;

/**
 * The category cue and the link word that start each word of one text, looked up once per
 * word when first asked for, since figures look at the same words again and again.
 * Belongs to one extraction and is not shared between threads.
 */
final class WordCues {

	private final TextLayout layout;

	private final FigureCategory[] category;

	private final int[] categoryEnd;

	private final FigureCategory[] adjacent;

	private final LinkWord[] link;

	private final boolean[] known;

	private WordCues(TextLayout layout) {
		this.layout = layout;
		int words = layout.words();
		this.category = new FigureCategory[words];
		this.categoryEnd = new int[words];
		this.adjacent = new FigureCategory[words];
		this.link = new LinkWord[words];
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

	private void lookUp(int word) {
		if (this.known[word]) {
			return;
		}
		int start = this.layout.start(word);
		CueLexicon.Match<FigureCategory> cue = FigureCues.lexicon().match(this.layout.text(), start);
		if (cue != null) {
			this.category[word] = cue.value();
			this.categoryEnd[word] = cue.end();
		}
		CueLexicon.Match<FigureCategory> adjacentCue = FigureCues.adjacent().match(this.layout.text(), start);
		this.adjacent[word] = (adjacentCue != null) ? adjacentCue.value() : null;
		CueLexicon.Match<LinkWord> linkWord = LinkWords.lexicon().match(this.layout.text(), start);
		this.link[word] = (linkWord != null) ? linkWord.value() : null;
		this.known[word] = true;
	}

}
