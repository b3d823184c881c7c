package org.marsad.text.places;

/**
 * The words of a folded text: maximal runs of letters and digits, as start and exclusive
 * end offsets. Hyphens, apostrophes, spaces and punctuation separate words, so "Deir
 * ez-Zor", "Deir ez Zor" and "Deir-ez-Zor" are the same three words.
 *
 * <p>
 * Two arrays are allocated per text, nothing per character.
 */
public final class WordSpans {

	private final int[] starts;

	private final int[] ends;

	private final int count;

	private WordSpans(int[] starts, int[] ends, int count) {
		this.starts = starts;
		this.ends = ends;
		this.count = count;
	}

	/**
	 * Splits a folded text into words.
	 * @param text the folded text
	 * @return its words
	 */
	public static WordSpans of(CharSequence text) {
		int n = text.length();
		int capacity = n / 2 + 1;
		int[] starts = new int[capacity];
		int[] ends = new int[capacity];
		int count = 0;
		int i = 0;
		while (i < n) {
			while (i < n && !isWordChar(text.charAt(i))) {
				i++;
			}
			if (i == n) {
				break;
			}
			int start = i;
			while (i < n && isWordChar(text.charAt(i))) {
				i++;
			}
			starts[count] = start;
			ends[count] = i;
			count++;
		}
		return new WordSpans(starts, ends, count);
	}

	/**
	 * Tells whether a unit belongs to a word.
	 * @param c the unit
	 * @return whether it is a letter or digit
	 */
	public static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c);
	}

	/** Number of words. */
	public int count() {
		return this.count;
	}

	/**
	 * Start of a word.
	 * @param word index of the word
	 * @return its start offset
	 */
	public int start(int word) {
		return this.starts[word];
	}

	/**
	 * Exclusive end of a word.
	 * @param word index of the word
	 * @return its end offset
	 */
	public int end(int word) {
		return this.ends[word];
	}

}
