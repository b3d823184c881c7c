package org.marsad.text.normalize;

import java.util.Arrays;

/**
 * The words of a folded text, found once and shared by every recogniser that works on
 * words (places, actors, nationalities, figures, events): maximal runs of letters and
 * digits, with start and exclusive end offsets and the hash of each word's characters.
 *
 * <p>
 * Rules:
 * <ul>
 * <li>a word is a maximal run of units for which {@link CharClass#isLetterOrDigit(char)}
 * holds; hyphens, apostrophes, spaces and punctuation separate words, so "Deir ez-Zor",
 * "Deir ez Zor" and "Deir-ez-Zor" are the same three words</li>
 * <li>the hash is {@link String#hashCode()} of the word, so a dictionary keyed by strings
 * can be probed without building one</li>
 * <li>the readings of each word with its proclitics stripped ({@link Proclitics}) are
 * found once, when first asked for, with the hash of what each looks up</li>
 * <li>a few arrays are allocated per text, nothing per word or character</li>
 * </ul>
 */
public final class Words {

	/**
	 * Report text averages more than five units a word with its space; a text of short
	 * words grows the arrays.
	 */
	private static final int CHARACTERS_PER_WORD = 4;

	private static final int MIN_CAPACITY = 16;

	private final int[] starts;

	private final int[] ends;

	private final int[] hashes;

	private final int count;

	private final char[] text;

	private int[] readingFrom;

	private int[] readings;

	private int[] readingHashes;

	private Words(char[] text, int[] starts, int[] ends, int[] hashes, int count) {
		this.text = text;
		this.starts = starts;
		this.ends = ends;
		this.hashes = hashes;
		this.count = count;
	}

	/**
	 * Splits a text into words; for folded report text use {@link FoldedText#words()},
	 * which splits once per text.
	 * @param text the folded text, or a folded name
	 * @return its words
	 */
	public static Words of(CharSequence text) {
		int n = text.length();
		char[] chars = new char[n];
		for (int i = 0; i < n; i++) {
			chars[i] = text.charAt(i);
		}
		return of(chars, n);
	}

	static Words of(char[] text, int n) {
		int capacity = n / CHARACTERS_PER_WORD + MIN_CAPACITY;
		int[] starts = new int[capacity];
		int[] ends = new int[capacity];
		int[] hashes = new int[capacity];
		int count = 0;
		int i = 0;
		while (i < n) {
			while (i < n && !CharClass.isLetterOrDigit(text[i])) {
				i++;
			}
			if (i == n) {
				break;
			}
			int start = i;
			int hash = 0;
			while (i < n && CharClass.isLetterOrDigit(text[i])) {
				hash = 31 * hash + text[i];
				i++;
			}
			if (count == starts.length) {
				starts = Arrays.copyOf(starts, count * 2);
				ends = Arrays.copyOf(ends, count * 2);
				hashes = Arrays.copyOf(hashes, count * 2);
			}
			starts[count] = start;
			ends[count] = i;
			hashes[count] = hash;
			count++;
		}
		return new Words(text, starts, ends, hashes, count);
	}

	/**
	 * Tells whether a unit belongs to a word.
	 * @param c the unit
	 * @return whether it is a letter or digit
	 */
	public static boolean isWordChar(char c) {
		return CharClass.isLetterOrDigit(c);
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

	/**
	 * The first word that starts at or after a folded index.
	 * @param folded folded index
	 * @return word index, or {@link #count()} when none
	 */
	public int atOrAfter(int folded) {
		int found = Arrays.binarySearch(this.starts, 0, this.count, folded);
		return (found >= 0) ? found : -found - 1;
	}

	/**
	 * The last word that ends at or before a folded index.
	 * @param folded folded index
	 * @return word index, or -1 when none
	 */
	public int before(int folded) {
		int found = Arrays.binarySearch(this.ends, 0, this.count, folded);
		return (found >= 0) ? found : -found - 2;
	}

	/**
	 * How many ways a name may start inside a word once proclitics are stripped
	 * ({@link Proclitics}); the first reading is the word as written.
	 * @param word index of the word
	 * @return the number of readings, at least 1
	 */
	public int readingCount(int word) {
		readAll();
		return this.readingFrom[word + 1] - this.readingFrom[word];
	}

	/**
	 * Where a word's readings start among the readings of all words, so that a table with
	 * one entry per reading ({@link Vocabulary}) is read at {@code readingSlot(word)
	 * + reading}.
	 * @param word index of the word
	 * @return the slot of its first reading
	 */
	public int readingSlot(int word) {
		readAll();
		return this.readingFrom[word];
	}

	/**
	 * Where each word's readings start, {@link #readingSlot(int)} for every word at once,
	 * for loops that read many words; the array is the text's own and must not be
	 * changed.
	 * @return the slot of each word's first reading, one more entry at the end
	 */
	public int[] readingSlotsByWord() {
		readAll();
		return this.readingFrom;
	}

	/**
	 * The number of readings of all words together.
	 * @return the number of reading slots
	 */
	public int readingSlots() {
		readAll();
		return this.readingFrom[this.count];
	}

	/**
	 * One reading of a word, encoded as {@link Proclitics#candidates} encodes it.
	 * @param word index of the word
	 * @param reading index of the reading
	 * @return the encoded reading
	 */
	public int reading(int word, int reading) {
		return this.readings[this.readingFrom[word] + reading];
	}

	/**
	 * The hash of what one reading looks up: the rest of the word, after the article when
	 * the reading restores it.
	 * @param word index of the word
	 * @param reading index of the reading
	 * @return the hash, as {@link String#hashCode()} gives it
	 */
	public int readingHash(int word, int reading) {
		return this.readingHashes[this.readingFrom[word] + reading];
	}

	/**
	 * Reads every word once, on first request, for all the dictionaries that match names
	 * with proclitics (places, actors, nationalities).
	 */
	private void readAll() {
		if (this.readingFrom != null) {
			return;
		}
		int[] from = new int[this.count + 1];
		int[] found = new int[Math.max(Proclitics.MAX_CANDIDATES, this.count * 2)];
		int[] hashes = new int[found.length];
		int[] candidates = new int[Proclitics.MAX_CANDIDATES];
		int size = 0;
		for (int w = 0; w < this.count; w++) {
			from[w] = size;
			int n = Proclitics.candidates(this.text, this.starts[w], this.ends[w], candidates);
			if (size + n > found.length) {
				found = Arrays.copyOf(found, Math.max(found.length * 2, size + n));
				hashes = Arrays.copyOf(hashes, found.length);
			}
			for (int c = 0; c < n; c++) {
				found[size + c] = candidates[c];
				hashes[size + c] = (c == 0) ? this.hashes[w] : lookupHash(w, candidates[c]);
			}
			size += n;
		}
		from[this.count] = size;
		this.readings = found;
		this.readingHashes = hashes;
		this.readingFrom = from;
	}

	/**
	 * The hash of what a reading looks up, from the word's own hash: the hash of a word
	 * is its stripped proclitics' hash times 31 to the length of the rest, plus the
	 * rest's hash, so only the few proclitic units are read again.
	 */
	private int lookupHash(int word, int candidate) {
		int start = Proclitics.lookupStart(candidate);
		int end = this.ends[word];
		int hash = RangeHash.suffix(this.hashes[word], this.text, this.starts[word], start, end);
		return Proclitics.restoresArticle(candidate) ? RangeHash.prefixed(Proclitics.ARTICLE, hash, end - start) : hash;
	}

	/**
	 * The hash of a word's characters, as {@link String#hashCode()} gives it.
	 * @param word index of the word
	 * @return the hash
	 */
	public int hash(int word) {
		return this.hashes[word];
	}

}
