package org.marsad.text.analysis;

/**
 * Named letters used by the analysis rules, in their folded form (see
 * {@link org.marsad.text.normalize.ArabicFolding}), so that hot code carries no raw
 * literals.
 *
 * <p>
 * Names follow the Unicode character database (Arabic block U+0600–U+06FF).
 */
final class ArabicAlphabet {

	static final char HAMZA = '\u0621';

	static final char ALEF = '\u0627';

	static final char BEH = '\u0628';

	static final char TEH = '\u062A';

	static final char THEH = '\u062B';

	static final char JEEM = '\u062C';

	static final char HAH = '\u062D';

	static final char KHAH = '\u062E';

	static final char DAL = '\u062F';

	static final char THAL = '\u0630';

	static final char REH = '\u0631';

	static final char ZAIN = '\u0632';

	static final char SEEN = '\u0633';

	static final char SHEEN = '\u0634';

	static final char SAD = '\u0635';

	static final char DAD = '\u0636';

	static final char TAH = '\u0637';

	static final char ZAH = '\u0638';

	static final char AIN = '\u0639';

	static final char GHAIN = '\u063A';

	static final char FEH = '\u0641';

	static final char QAF = '\u0642';

	static final char KAF = '\u0643';

	static final char LAM = '\u0644';

	static final char MEEM = '\u0645';

	static final char NOON = '\u0646';

	static final char HEH = '\u0647';

	static final char WAW = '\u0648';

	static final char YEH = '\u064A';

	static final char PEH = '\u067E';

	static final char TCHEH = '\u0686';

	static final char JEH = '\u0698';

	static final char VEH = '\u06A4';

	static final char GAF = '\u06AF';

	/** First code point of the Arabic block. */
	static final char BLOCK_START = '\u0600';

	/** Last code point of the Arabic block. */
	static final char BLOCK_END = '\u06FF';

	private ArabicAlphabet() {
	}

	/**
	 * Whether a unit belongs to the Arabic block.
	 * @param c the unit
	 * @return true for Arabic letters, marks and digits
	 */
	static boolean isArabic(char c) {
		return c >= BLOCK_START && c <= BLOCK_END;
	}

}
