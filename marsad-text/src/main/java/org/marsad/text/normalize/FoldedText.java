package org.marsad.text.normalize;

/**
 * A text folded by {@link ArabicFolding} together with the position in the original text
 * of every folded unit, so that a match found in the folded text is reported as a span of
 * the original, which is never altered.
 */
public final class FoldedText implements CharSequence {

	private final String original;

	private final char[] folded;

	private final int[] origin;

	private final int length;

	private Words words;

	private int[] foldedIndex;

	private Vocabulary readVocabulary;

	private int[] readingIds;

	private int[] nameStarts;

	private FoldedText(String original, char[] folded, int[] origin, int length) {
		this.original = original;
		this.folded = folded;
		this.origin = origin;
		this.length = length;
	}

	/**
	 * Folds a text; the work is one pass with two arrays allocated, none per character.
	 * The units are copied out of the string in bulk and folded in place: reading an
	 * Arabic string unit by unit decodes each from the string's bytes.
	 * @param original the text as received
	 * @return the folded view
	 */
	public static FoldedText of(String original) {
		int n = original.length();
		char[] folded = new char[n];
		original.getChars(0, n, folded, 0);
		int[] origin = new int[n + 1];
		int length = 0;
		for (int i = 0; i < n; i++) {
			char f = ArabicFolding.fold(folded[i]);
			if (f != ArabicFolding.DROPPED) {
				folded[length] = f;
				origin[length] = i;
				length++;
			}
		}
		origin[length] = n;
		return new FoldedText(original, folded, origin, length);
	}

	/**
	 * The folded units themselves, for scanning loops that read every unit: only the
	 * first {@link #length()} are the text. The array is the text's own and must not be
	 * changed.
	 * @return the folded units
	 */
	public char[] units() {
		return this.folded;
	}

	/**
	 * The words of the text ({@link Words}), split on first use and shared by every
	 * recogniser that reads this text.
	 * @return the words
	 */
	public Words words() {
		if (this.words == null) {
			this.words = Words.of(this.folded, this.length);
		}
		return this.words;
	}

	/**
	 * The ids in a {@link Vocabulary} of every reading of every word ({@link Words}),
	 * looked up on first use and shared by every dictionary of that vocabulary.
	 * @param vocabulary a sealed vocabulary
	 * @return one id per reading, or {@link TokenTable#ABSENT}, indexed from
	 * {@link Words#readingSlot(int)}; the array is the text's own and must not be changed
	 */
	public int[] readingIds(Vocabulary vocabulary) {
		read(vocabulary);
		return this.readingIds;
	}

	/**
	 * The dictionaries of a {@link Vocabulary} in which a reading of each word starts a
	 * name ({@link Vocabulary#dictionary()}), found with the reading ids and shared by
	 * every dictionary of that vocabulary.
	 * @param vocabulary a sealed vocabulary
	 * @return the dictionary bits of each word; the array is the text's own and must not
	 * be changed
	 */
	public int[] nameStarts(Vocabulary vocabulary) {
		read(vocabulary);
		return this.nameStarts;
	}

	private void read(Vocabulary vocabulary) {
		if (this.readVocabulary != vocabulary) {
			int[] starts = new int[words().count()];
			this.readingIds = vocabulary.readingIds(this, starts);
			this.nameStarts = starts;
			this.readVocabulary = vocabulary;
		}
	}

	/**
	 * The folded index of an original offset: the first folded unit at or after it. When
	 * folding dropped no unit the two are the same, and no index is built.
	 * @param original offset into the original text (0..original length)
	 * @return folded index (0..length)
	 */
	public int foldedIndex(int original) {
		if (this.length == this.original.length()) {
			return original;
		}
		if (this.foldedIndex == null) {
			int[] index = new int[this.original.length() + 1];
			int f = 0;
			for (int o = 0; o <= this.original.length(); o++) {
				while (f < this.length && this.origin[f] < o) {
					f++;
				}
				index[o] = f;
			}
			this.foldedIndex = index;
		}
		return this.foldedIndex[original];
	}

	/** The text exactly as received. */
	public String original() {
		return this.original;
	}

	@Override
	public int length() {
		return this.length;
	}

	@Override
	public char charAt(int index) {
		if (index < 0 || index >= this.length) {
			throw new IndexOutOfBoundsException(index);
		}
		return this.folded[index];
	}

	@Override
	public CharSequence subSequence(int start, int end) {
		return new String(this.folded, start, end - start);
	}

	@Override
	public String toString() {
		return new String(this.folded, 0, this.length);
	}

	/**
	 * Maps the start of a folded span to the original text.
	 * @param foldedStart index into the folded text (0..length)
	 * @return index into the original text
	 */
	public int originalStart(int foldedStart) {
		return this.origin[foldedStart];
	}

	/**
	 * Maps the exclusive end of a folded span to the original text. Marks dropped right
	 * after the last unit (diacritics, tatweel) belong to the span, so the returned slice
	 * shows the word as written.
	 * @param foldedEnd exclusive index into the folded text (0..length)
	 * @return exclusive index into the original text
	 */
	public int originalEnd(int foldedEnd) {
		if (foldedEnd == 0) {
			return 0;
		}
		int end = this.origin[foldedEnd - 1] + 1;
		while (end < this.original.length() && ArabicFolding.fold(this.original.charAt(end)) == ArabicFolding.DROPPED
				&& !CharClass.isWhitespace(this.original.charAt(end))) {
			end++;
		}
		return end;
	}

}
