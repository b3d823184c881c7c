package org.marsad.text.numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.marsad.text.normalize.FoldedText;
import org.marsad.text.normalize.TokenTable;

/**
 * A read-only map from folded words to values that is looked up by a range of a folded
 * text, so that matching a token allocates nothing: the words are kept in a
 * {@link TokenTable}, which is probed with the range's hash (read by the tokeniser with
 * the word's units), the values in an array by the words' ids.
 *
 * @param <V> the value type
 */
final class WordTable<V> {

	private final TokenTable keys;

	private final Object[] values;

	private final List<String> words;

	WordTable(Map<String, V> entries) {
		this.words = new ArrayList<>(entries.keySet());
		this.keys = new TokenTable(this.words);
		this.values = new Object[this.words.size()];
		for (int id = 0; id < this.words.size(); id++) {
			this.values[id] = entries.get(this.words.get(id));
		}
	}

	/**
	 * Looks up the characters {@code text[start, end)} by their hash, read with them.
	 * @param hash the hash of the range, as {@link String#hashCode()} gives it
	 * @param text the folded text
	 * @param start first character
	 * @param end exclusive end
	 * @return the value, or {@code null} when the word is absent
	 */
	@SuppressWarnings("unchecked")
	V get(int hash, FoldedText text, int start, int end) {
		int id = this.keys.idOf(hash, "", text, start, end);
		return (id == TokenTable.ABSENT) ? null : (V) this.values[id];
	}

	@Override
	public String toString() {
		return this.words.toString();
	}

}
