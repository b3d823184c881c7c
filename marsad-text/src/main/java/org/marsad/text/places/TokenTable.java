package org.marsad.text.places;

import java.util.Arrays;
import java.util.List;

/**
 * An open-addressing table from folded words to dense integer ids, looked up by a range
 * of the text so that matching allocates nothing per word.
 *
 * <p>
 * Rules:
 * <ul>
 * <li>the hash is {@link String#hashCode()}'s polynomial, computed over an optional
 * prefix followed by the range</li>
 * <li>the table is kept at most half full; probing is linear</li>
 * </ul>
 */
final class TokenTable {

	static final int ABSENT = -1;

	private final String[] keys;

	private final int[] ids;

	private final int mask;

	TokenTable(List<String> words) {
		int size = Integer.highestOneBit(Math.max(4, words.size() * 2 - 1)) << 1;
		this.keys = new String[size];
		this.ids = new int[size];
		this.mask = size - 1;
		Arrays.fill(this.ids, ABSENT);
		for (int id = 0; id < words.size(); id++) {
			String word = words.get(id);
			int slot = word.hashCode() & this.mask;
			while (this.keys[slot] != null) {
				slot = (slot + 1) & this.mask;
			}
			this.keys[slot] = word;
			this.ids[slot] = id;
		}
	}

	/**
	 * Looks up the word made of a prefix and a range of a text.
	 * @param prefix text before the range, or the empty string
	 * @param text the text
	 * @param start start of the range
	 * @param end exclusive end of the range
	 * @return the word's id or {@link #ABSENT}
	 */
	int idOf(String prefix, CharSequence text, int start, int end) {
		int hash = 0;
		for (int i = 0; i < prefix.length(); i++) {
			hash = 31 * hash + prefix.charAt(i);
		}
		for (int i = start; i < end; i++) {
			hash = 31 * hash + text.charAt(i);
		}
		int length = prefix.length() + end - start;
		int slot = hash & this.mask;
		String key;
		while ((key = this.keys[slot]) != null) {
			if (key.length() == length && key.hashCode() == hash && sameWord(key, prefix, text, start)) {
				return this.ids[slot];
			}
			slot = (slot + 1) & this.mask;
		}
		return ABSENT;
	}

	private static boolean sameWord(String key, String prefix, CharSequence text, int start) {
		int p = prefix.length();
		for (int i = 0; i < p; i++) {
			if (key.charAt(i) != prefix.charAt(i)) {
				return false;
			}
		}
		for (int i = p; i < key.length(); i++) {
			if (key.charAt(i) != text.charAt(start + i - p)) {
				return false;
			}
		}
		return true;
	}

}
