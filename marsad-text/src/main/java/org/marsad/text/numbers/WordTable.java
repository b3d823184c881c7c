package org.marsad.text.numbers;

import java.util.Arrays;
import java.util.Map;

import org.marsad.text.normalize.RangeHash;

/**
 * A read-only map from folded words to values that is looked up by a range of a
 * {@link CharSequence}, so that matching a token allocates nothing.
 *
 * <p>
 * Open addressing with linear probing at a load factor of at most one half; the hash is
 * computed over the characters of the range exactly as {@link String#hashCode()} does.
 *
 * @param <V> the value type
 */
final class WordTable<V> {

	private final String[] keys;

	private final Object[] values;

	private final int mask;

	WordTable(Map<String, V> entries) {
		int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2)) * 2;
		this.keys = new String[capacity];
		this.values = new Object[capacity];
		this.mask = capacity - 1;
		entries.forEach(this::put);
	}

	private void put(String key, V value) {
		int slot = RangeHash.spread(key.hashCode()) & this.mask;
		while (this.keys[slot] != null && !this.keys[slot].equals(key)) {
			slot = (slot + 1) & this.mask;
		}
		this.keys[slot] = key;
		this.values[slot] = value;
	}

	/**
	 * Looks up the characters {@code text[start, end)}.
	 * @param text the text
	 * @param start first character
	 * @param end exclusive end
	 * @return the value, or {@code null} when the word is absent
	 */
	@SuppressWarnings("unchecked")
	V get(CharSequence text, int start, int end) {
		int hash = 0;
		for (int i = start; i < end; i++) {
			hash = 31 * hash + text.charAt(i);
		}
		int slot = RangeHash.spread(hash) & this.mask;
		while (this.keys[slot] != null) {
			if (sameChars(this.keys[slot], text, start, end)) {
				return (V) this.values[slot];
			}
			slot = (slot + 1) & this.mask;
		}
		return null;
	}

	private static boolean sameChars(String key, CharSequence text, int start, int end) {
		if (key.length() != end - start) {
			return false;
		}
		for (int i = 0; i < key.length(); i++) {
			if (key.charAt(i) != text.charAt(start + i)) {
				return false;
			}
		}
		return true;
	}

	@Override
	public String toString() {
		return Arrays.stream(this.keys).filter((k) -> k != null).toList().toString();
	}

}
