package org.marsad.text.dates;

/**
 * The tokens of one text as the date grammar sees them: spans into the folded text, a
 * {@link WordKind} and a value each. Reading outside the tokens gives
 * {@link WordKind#NONE}, so grammar rules need no bounds checks.
 */
final class DateTokens {

	private final int[] start;

	private final int[] end;

	private final WordKind[] kind;

	private final int[] value;

	private final int[] digits;

	private final boolean[] conjoined;

	private final int count;

	DateTokens(int[] start, int[] end, WordKind[] kind, int[] value, int[] digits, boolean[] conjoined, int count) {
		this.start = start;
		this.end = end;
		this.kind = kind;
		this.value = value;
		this.digits = digits;
		this.conjoined = conjoined;
		this.count = count;
	}

	int count() {
		return this.count;
	}

	WordKind kind(int i) {
		return (i >= 0 && i < this.count) ? this.kind[i] : WordKind.NONE;
	}

	boolean is(int i, WordKind wanted) {
		return kind(i) == wanted;
	}

	int value(int i) {
		return (i >= 0 && i < this.count) ? this.value[i] : 0;
	}

	/** Number of digits of a {@link WordKind#NUMBER} token. */
	int digits(int i) {
		return (i >= 0 && i < this.count) ? this.digits[i] : 0;
	}

	/** Whether the word carried the conjunction و as a prefix. */
	boolean conjoined(int i) {
		return i >= 0 && i < this.count && this.conjoined[i];
	}

	boolean isPunct(int i, char c) {
		return kind(i) == WordKind.PUNCT && this.value[i] == c;
	}

	/** Whether token i is directly followed by token i + 1, with no space between. */
	boolean touchesNext(int i) {
		return i >= 0 && i + 1 < this.count && this.end[i] == this.start[i + 1];
	}

	/** A number of 1 or 2 digits within the given bounds, or -1. */
	int smallNumber(int i, int max) {
		if (kind(i) != WordKind.NUMBER || this.digits[i] > 2) {
			return -1;
		}
		int v = this.value[i];
		return (v >= 1 && v <= max) ? v : -1;
	}

	int start(int i) {
		return this.start[i];
	}

	int end(int i) {
		return this.end[i];
	}

}
