package org.marsad.tallies.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of {@link FigureColumns} (category, unit, nationality, actor and place ids,
 * status, type, qualifier and the like) as small numbers, so that a column holds one
 * {@code char} per figure instead of a reference to a string.
 * <ul>
 * <li>{@link #NONE} (0) stands for SQL {@code NULL}, so that {@code IS NOT DISTINCT FROM}
 * is a comparison of codes</li>
 * <li>one dictionary for every column: a word has the same code wherever it stands (a
 * whole's place and a part's place compare by code)</li>
 * <li>at most {@value #MAX} words; beyond that the columns cannot be held
 * ({@link NotHeld}) and tallies are read with SQL</li>
 * </ul>
 */
final class Codes {

	static final char NONE = 0;

	static final int MAX = Character.MAX_VALUE;

	private final Map<String, Character> codes = new HashMap<>();

	private final List<String> words = new ArrayList<>();

	Codes() {
		this.words.add(null);
	}

	/** The code of a word, given one if new. */
	char code(String word) {
		if (word == null) {
			return NONE;
		}
		Character code = this.codes.get(word);
		if (code != null) {
			return code;
		}
		if (this.words.size() > MAX) {
			throw new NotHeld("more than " + MAX + " distinct words in tally figures");
		}
		char added = (char) this.words.size();
		this.codes.put(word, added);
		this.words.add(word);
		return added;
	}

	/** The code of a word, or -1 when no figure holds it. */
	int find(String word) {
		if (word == null) {
			return NONE;
		}
		Character code = this.codes.get(word);
		return (code != null) ? code : -1;
	}

	String word(int code) {
		return this.words.get(code);
	}

	/** The number of codes, {@link #NONE} included: the size of a table by code. */
	int size() {
		return this.words.size();
	}

	/** A table by code that holds the codes of some words. */
	boolean[] mask(List<String> words) {
		boolean[] mask = new boolean[size()];
		for (String word : words) {
			int code = find(word);
			if (code > 0) {
				mask[code] = true;
			}
		}
		return mask;
	}

}
