package org.marsad.text.normalize;

/**
 * The character classes the recognisers ask about, read from one table instead of
 * {@link Character}'s Unicode property lookups, which cost more than all the rest of a
 * scan over Arabic text.
 *
 * <p>
 * Rules:
 * <ul>
 * <li>every answer is exactly {@link Character}'s for the same UTF-16 unit: the table is
 * filled from it once, when the class is loaded (64 KB)</li>
 * <li>letter: {@link Character#isLetter(char)}; digit: {@link Character#isDigit(char)};
 * space: {@link Character#isWhitespace(char)} or {@link Character#isSpaceChar(char)}
 * (Unicode separators such as the no-break space, which {@code isWhitespace}
 * excludes)</li>
 * </ul>
 */
public final class CharClass {

	private static final byte LETTER = 1;

	private static final byte DIGIT = 2;

	private static final byte WHITESPACE = 4;

	private static final byte SPACE_CHAR = 8;

	private static final byte[] TABLE = table();

	private CharClass() {
	}

	private static byte[] table() {
		byte[] table = new byte[Character.MAX_VALUE + 1];
		for (int c = 0; c <= Character.MAX_VALUE; c++) {
			char unit = (char) c;
			int flags = 0;
			flags |= Character.isLetter(unit) ? LETTER : 0;
			flags |= Character.isDigit(unit) ? DIGIT : 0;
			flags |= Character.isWhitespace(unit) ? WHITESPACE : 0;
			flags |= Character.isSpaceChar(unit) ? SPACE_CHAR : 0;
			table[c] = (byte) flags;
		}
		return table;
	}

	/** Same as {@link Character#isLetter(char)}. */
	public static boolean isLetter(char c) {
		return (TABLE[c] & LETTER) != 0;
	}

	/** Same as {@link Character#isDigit(char)}. */
	public static boolean isDigit(char c) {
		return (TABLE[c] & DIGIT) != 0;
	}

	/** Same as {@link Character#isLetterOrDigit(char)}. */
	public static boolean isLetterOrDigit(char c) {
		return (TABLE[c] & (LETTER | DIGIT)) != 0;
	}

	/** Same as {@link Character#isWhitespace(char)}. */
	public static boolean isWhitespace(char c) {
		return (TABLE[c] & WHITESPACE) != 0;
	}

	/**
	 * Whether {@link Character#isWhitespace(char)} or
	 * {@link Character#isSpaceChar(char)}.
	 */
	public static boolean isSpace(char c) {
		return (TABLE[c] & (WHITESPACE | SPACE_CHAR)) != 0;
	}

}
