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

	private FoldedText(String original, char[] folded, int[] origin, int length) {
		this.original = original;
		this.folded = folded;
		this.origin = origin;
		this.length = length;
	}

	/**
	 * Folds a text; the work is one pass with two arrays allocated, none per character.
	 * @param original the text as received
	 * @return the folded view
	 */
	public static FoldedText of(String original) {
		int n = original.length();
		char[] folded = new char[n];
		int[] origin = new int[n + 1];
		int length = 0;
		for (int i = 0; i < n; i++) {
			char f = ArabicFolding.fold(original.charAt(i));
			if (f != ArabicFolding.DROPPED) {
				folded[length] = f;
				origin[length] = i;
				length++;
			}
		}
		origin[length] = n;
		return new FoldedText(original, folded, origin, length);
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
				&& !Character.isWhitespace(this.original.charAt(end))) {
			end++;
		}
		return end;
	}

}
