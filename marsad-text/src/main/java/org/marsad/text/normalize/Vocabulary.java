package org.marsad.text.normalize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The folded words of several name dictionaries (places, place qualifiers, actors,
 * nationalities) under one id each, so that every reading of a word of a text is looked
 * up once and the id serves every dictionary that shares the vocabulary.
 *
 * <p>
 * Rules:
 * <ul>
 * <li>dictionaries add their words while they are built; the vocabulary is then sealed
 * and answers lookups only from then on (a word added later would have no slot)</li>
 * <li>the words are kept in one {@link TokenTable}</li>
 * <li>a text's readings ({@link Words#reading}) are looked up together, once per text and
 * vocabulary ({@link FoldedText#readingIds(Vocabulary)}): one id per reading, or
 * {@link TokenTable#ABSENT}</li>
 * </ul>
 * Not thread-safe while words are added; immutable and thread-safe once sealed.
 */
public final class Vocabulary {

	/** The words while they are added; dropped when sealed, the table holds them then. */
	private Map<String, Integer> ids = new LinkedHashMap<>();

	private int size;

	private TokenTable table;

	/**
	 * The id of a folded word, given it when the word is new.
	 * @param word the folded word
	 * @return its id, dense from 0
	 * @throws IllegalStateException when the vocabulary is sealed
	 */
	public int add(String word) {
		if (this.table != null) {
			throw new IllegalStateException("The vocabulary is sealed");
		}
		int id = this.ids.computeIfAbsent(word, (w) -> this.ids.size());
		this.size = this.ids.size();
		return id;
	}

	/**
	 * Ends the adding of words and builds the lookup table; sealing again does nothing.
	 * @return this vocabulary
	 */
	public Vocabulary seal() {
		if (this.table == null) {
			this.table = new TokenTable(new ArrayList<>(this.ids.keySet()));
			this.ids = null;
		}
		return this;
	}

	/**
	 * The number of words.
	 * @return how many ids were given
	 */
	public int size() {
		return this.size;
	}

	/**
	 * Looks every reading of every word of a text up; use
	 * {@link FoldedText#readingIds(Vocabulary)}, which does it once per text.
	 * @param text the folded text
	 * @return one id per reading, indexed from {@link Words#readingSlot(int)}
	 */
	int[] readingIds(FoldedText text) {
		if (this.table == null) {
			throw new IllegalStateException("The vocabulary is not sealed");
		}
		Words words = text.words();
		int[] slots = words.readingSlotsByWord();
		int[] found = new int[slots[words.count()]];
		for (int w = 0; w < words.count(); w++) {
			int slot = slots[w];
			int count = slots[w + 1] - slot;
			int end = words.end(w);
			for (int c = 0; c < count; c++) {
				int reading = words.reading(w, c);
				String prefix = Proclitics.restoresArticle(reading) ? Proclitics.ARTICLE : "";
				found[slot + c] = this.table.idOf(words.readingHash(w, c), prefix, text,
						Proclitics.lookupStart(reading), end);
			}
		}
		return found;
	}

}
