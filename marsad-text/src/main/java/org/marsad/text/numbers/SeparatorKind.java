package org.marsad.text.numbers;

import org.marsad.text.normalize.ArabicLetters;

/**
 * A character between two groups of digits, told apart on the original text because
 * folding maps the Arabic comma and the Arabic thousands separator to ','.
 */
enum SeparatorKind {

	/** ASCII comma: thousands (36,250) or decimals (٤,٨). */
	COMMA,

	/** Arabic thousands separator or Arabic comma between digits: thousands. */
	ARABIC_GROUP,

	/** Full stop: decimals (2.5) or thousands (1.200.000). */
	DOT,

	/** Arabic decimal separator: decimals. */
	DECIMAL,

	/** Space or narrow no-break space before exactly three digits: thousands. */
	SPACE;

	private static final char NARROW_NO_BREAK_SPACE = '\u202F';

	private static final char FOLDED_COMMA = ',';

	private static final char FULL_STOP = '.';

	private static final char SPACE_CHARACTER = ' ';

	/**
	 * The kind of a separator, or {@code null} when the character does not join digits.
	 * @param original the character in the original text
	 * @param folded the folded character
	 * @return the kind or {@code null}
	 */
	static SeparatorKind of(char original, char folded) {
		if (original == ArabicLetters.ARABIC_THOUSANDS_SEPARATOR || original == ArabicLetters.ARABIC_COMMA) {
			return ARABIC_GROUP;
		}
		if (original == ArabicLetters.ARABIC_DECIMAL_SEPARATOR) {
			return DECIMAL;
		}
		if (folded == FOLDED_COMMA) {
			return COMMA;
		}
		if (folded == FULL_STOP) {
			return DOT;
		}
		if (folded == SPACE_CHARACTER || folded == NARROW_NO_BREAK_SPACE) {
			return SPACE;
		}
		return null;
	}

	boolean canBeDecimal() {
		return this == COMMA || this == DOT || this == DECIMAL;
	}

}
