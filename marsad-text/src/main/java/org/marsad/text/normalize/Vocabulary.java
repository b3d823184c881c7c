package org.marsad.text.normalize;

import java.util.ArrayList;
import java.util.Arrays;
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
 * <li>each dictionary gets a bit ({@link #dictionary()}) and marks the words its names
 * start with; a text's words then carry the bits of the dictionaries in which one of
 * their readings starts a name ({@link FoldedText#nameStarts(Vocabulary)}), so that a
 * dictionary passes over a word of none of its names with one test, as most words of a
 * report are</li>
 * </ul>
 * Not thread-safe while words are added; immutable and thread-safe once sealed.
 */
public final class Vocabulary {

	/** How many dictionaries may share a vocabulary: one bit each in an int. */
	private static final int MAX_DICTIONARIES = Integer.SIZE;

	/** The words while they are added; dropped when sealed, the table holds them then. */
	private Map<String, Integer> ids = new LinkedHashMap<>();

	private int size;

	private TokenTable table;

	/** The dictionaries' bits given so far. */
	private int dictionaries;

	/** Bits of the dictionaries whose names start with each word, by id. */
	private int[] firstOf = new int[16];

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
	 * Gives a dictionary sharing the vocabulary its bit, with which it marks the words
	 * its names start with.
	 * @return a bit of its own
	 * @throws IllegalStateException when sealed, or when every bit is given
	 */
	public int dictionary() {
		if (this.table != null || this.dictionaries == MAX_DICTIONARIES) {
			throw new IllegalStateException("No dictionary can be added to this vocabulary");
		}
		return 1 << this.dictionaries++;
	}

	/**
	 * Marks a word as the first word of a name of a dictionary.
	 * @param id the word's id
	 * @param dictionary the dictionary's bit ({@link #dictionary()})
	 */
	public void markFirst(int id, int dictionary) {
		if (this.table != null) {
			throw new IllegalStateException("The vocabulary is sealed");
		}
		if (id >= this.firstOf.length) {
			this.firstOf = Arrays.copyOf(this.firstOf, Math.max(id + 1, this.firstOf.length * 2));
		}
		this.firstOf[id] |= dictionary;
	}

	/**
	 * The dictionaries whose names start with a word.
	 * @param id the word's id, or {@link TokenTable#ABSENT}
	 * @return their bits, 0 for an absent word
	 */
	public int firstOf(int id) {
		return (id == TokenTable.ABSENT) ? 0 : this.firstOf[id];
	}

	/**
	 * Ends the adding of words and builds the lookup table; sealing again does nothing.
	 * @return this vocabulary
	 */
	public Vocabulary seal() {
		if (this.table == null) {
			this.table = new TokenTable(new ArrayList<>(this.ids.keySet()));
			this.firstOf = Arrays.copyOf(this.firstOf, Math.max(this.size, 1));
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
	 * Looks every reading of every word of a text up, and notes for each word the
	 * dictionaries in which one of its readings starts a name; use
	 * {@link FoldedText#readingIds(Vocabulary)} and
	 * {@link FoldedText#nameStarts(Vocabulary)}, which do it once per text.
	 * @param text the folded text
	 * @param starts receives the dictionary bits of each word
	 * @return one id per reading, indexed from {@link Words#readingSlot(int)}
	 */
	int[] readingIds(FoldedText text, int[] starts) {
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
			int bits = 0;
			for (int c = 0; c < count; c++) {
				int reading = words.reading(w, c);
				String prefix = Proclitics.restoresArticle(reading) ? Proclitics.ARTICLE : "";
				int id = this.table.idOf(words.readingHash(w, c), prefix, text, Proclitics.lookupStart(reading), end);
				found[slot + c] = id;
				bits |= firstOf(id);
			}
			starts[w] = bits;
		}
		return found;
	}

}
