package org.marsad.text.normalize;

import java.util.List;

/**
 * An open-addressing table from folded words to dense integer ids, looked up by a range
 * of the text so that matching allocates nothing per word. Places, actors and dates keep
 * their dictionaries in it.
 *
 * <p>
 * Rules:
 * <ul>
 * <li>the hash is {@link String#hashCode()}'s polynomial over an optional prefix followed
 * by the range; the caller gives it, read with the word's units (see
 * {@link RangeHash})</li>
 * <li>the table is kept at most a quarter full; probing is linear from the spread hash
 * ({@link RangeHash#spread(int)})</li>
 * <li>a bit set of the spread hashes' top bits, a few kilobytes that stay in the
 * processor's cache, answers most misses (most words of a text are in no dictionary)
 * before the table is read</li>
 * </ul>
 */
public final class TokenTable {

	/** The id of a word that is not in the table. */
	public static final int ABSENT = -1;

	/**
	 * At most a quarter of the slots are used, so that a miss (most words of a text are
	 * in no dictionary) ends after about one probe.
	 */
	private static final int SLOTS_PER_WORD = 4;

	/** log2 of the bits in a long. */
	private static final int LONG_BITS = 6;

	private static final int MIN_FILTER_BITS = 7;

	/**
	 * The filter has two bits per slot, eight to sixteen per word: about one word in ten
	 * that is not in the table passes it.
	 */
	private static final int FILTER_SHIFT = 1;

	/** Ints per slot in {@link #slots}: hash, id, key offset, key length. */
	private static final int SLOT_INTS = 4;

	private static final int HASH = 0;

	private static final int ID = 1;

	private static final int KEY_START = 2;

	private static final int KEY_LENGTH = 3;

	/**
	 * The slots, {@value #SLOT_INTS} ints each, side by side: a probe reads one cache
	 * line for the hash, the id and where the key lies, instead of three arrays and a key
	 * object.
	 */
	private final int[] slots;

	/** Every key's units, one after the other, so that a hit reads one more line. */
	private final char[] pool;

	private final int mask;

	private final long[] filter;

	private final int filterShift;

	/**
	 * Builds the table.
	 * @param words distinct folded words; a word's id is its index in the list
	 */
	public TokenTable(List<String> words) {
		int size = Integer.highestOneBit(Math.max(4, words.size() * SLOTS_PER_WORD - 1)) << 1;
		this.slots = new int[size * SLOT_INTS];
		this.mask = size - 1;
		for (int slot = 0; slot < size; slot++) {
			this.slots[slot * SLOT_INTS + ID] = ABSENT;
		}
		int filterBits = Math.max(MIN_FILTER_BITS, Integer.numberOfTrailingZeros(size) + FILTER_SHIFT);
		this.filter = new long[1 << (filterBits - LONG_BITS)];
		this.filterShift = Integer.SIZE - filterBits;
		int units = 0;
		for (String word : words) {
			units += word.length();
		}
		this.pool = new char[units];
		int poolEnd = 0;
		for (int id = 0; id < words.size(); id++) {
			String word = words.get(id);
			int bit = RangeHash.spread(word.hashCode()) >>> this.filterShift;
			this.filter[bit >>> LONG_BITS] |= 1L << bit;
			int slot = RangeHash.spread(word.hashCode()) & this.mask;
			while (this.slots[slot * SLOT_INTS + ID] != ABSENT) {
				slot = (slot + 1) & this.mask;
			}
			word.getChars(0, word.length(), this.pool, poolEnd);
			int at = slot * SLOT_INTS;
			this.slots[at + HASH] = word.hashCode();
			this.slots[at + ID] = id;
			this.slots[at + KEY_START] = poolEnd;
			this.slots[at + KEY_LENGTH] = word.length();
			poolEnd += word.length();
		}
	}

	/**
	 * Looks up the word made of a prefix and a range of a text. The filter is asked
	 * first; slots are compared by their hash and length, kept beside the ids, so that a
	 * miss reads no key.
	 * @param hash the hash of the whole word, prefix included, as
	 * {@link String#hashCode()} gives it (see {@link RangeHash})
	 * @param prefix text before the range, or the empty string
	 * @param text the text
	 * @param start start of the range
	 * @param end exclusive end of the range
	 * @return the word's id or {@link #ABSENT}
	 */
	public int idOf(int hash, String prefix, FoldedText text, int start, int end) {
		int spread = RangeHash.spread(hash);
		int bit = spread >>> this.filterShift;
		if ((this.filter[bit >>> LONG_BITS] & (1L << bit)) == 0) {
			return ABSENT;
		}
		int slot = spread & this.mask;
		int id;
		while ((id = this.slots[slot * SLOT_INTS + ID]) != ABSENT) {
			int at = slot * SLOT_INTS;
			if (this.slots[at + HASH] == hash && this.slots[at + KEY_LENGTH] == prefix.length() + end - start
					&& sameWord(this.slots[at + KEY_START], prefix, text.units(), start, end)) {
				return id;
			}
			slot = (slot + 1) & this.mask;
		}
		return ABSENT;
	}

	private boolean sameWord(int keyStart, String prefix, char[] text, int start, int end) {
		int p = prefix.length();
		for (int i = 0; i < p; i++) {
			if (this.pool[keyStart + i] != prefix.charAt(i)) {
				return false;
			}
		}
		int key = keyStart + p;
		for (int i = start; i < end; i++) {
			if (this.pool[key++] != text[i]) {
				return false;
			}
		}
		return true;
	}

}
