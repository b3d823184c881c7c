package org.marsad.text.normalize;

/**
 * Named code points used by the folding rules, so that hot code carries no raw literals.
 *
 * <p>
 * Names follow the Unicode character database (Arabic block U+0600–U+06FF).
 */
public final class ArabicLetters {

	public static final char HAMZA = '\u0621';

	public static final char ALEF_WITH_MADDA_ABOVE = '\u0622';

	public static final char ALEF_WITH_HAMZA_ABOVE = '\u0623';

	public static final char WAW_WITH_HAMZA_ABOVE = '\u0624';

	public static final char ALEF_WITH_HAMZA_BELOW = '\u0625';

	public static final char YEH_WITH_HAMZA_ABOVE = '\u0626';

	public static final char ALEF = '\u0627';

	public static final char TEH_MARBUTA = '\u0629';

	public static final char TATWEEL = '\u0640';

	public static final char HEH = '\u0647';

	public static final char WAW = '\u0648';

	public static final char ALEF_MAKSURA = '\u0649';

	public static final char YEH = '\u064A';

	public static final char KAF = '\u0643';

	/** First of the harakat (fathatan). */
	public static final char FATHATAN = '\u064B';

	/** Last of the combining marks that carry no letter (wavy hamza below). */
	public static final char WAVY_HAMZA_BELOW = '\u065F';

	public static final char ARABIC_INDIC_DIGIT_ZERO = '\u0660';

	public static final char ARABIC_INDIC_DIGIT_NINE = '\u0669';

	public static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';

	public static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';

	public static final char ARABIC_COMMA = '\u060C';

	public static final char ARABIC_LETTER_MARK = '\u061C';

	public static final char SUPERSCRIPT_ALEF = '\u0670';

	public static final char ALEF_WASLA = '\u0671';

	public static final char PERSIAN_KAF = '\u06A9';

	public static final char PERSIAN_YEH = '\u06CC';

	public static final char EXTENDED_DIGIT_ZERO = '\u06F0';

	public static final char EXTENDED_DIGIT_NINE = '\u06F9';

	public static final char NO_BREAK_SPACE = '\u00A0';

	public static final char ZERO_WIDTH_SPACE = '\u200B';

	public static final char RIGHT_TO_LEFT_MARK = '\u200F';

	/** First of the bidirectional embedding and override controls. */
	public static final char LEFT_TO_RIGHT_EMBEDDING = '\u202A';

	/** Last of the bidirectional embedding and override controls. */
	public static final char RIGHT_TO_LEFT_OVERRIDE = '\u202E';

	/** First of the bidirectional isolate controls. */
	public static final char LEFT_TO_RIGHT_ISOLATE = '\u2066';

	/** Last of the bidirectional isolate controls. */
	public static final char POP_DIRECTIONAL_ISOLATE = '\u2069';

	private ArabicLetters() {
	}

}
