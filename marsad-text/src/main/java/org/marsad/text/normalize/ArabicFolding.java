package org.marsad.text.normalize;

import static org.marsad.text.normalize.ArabicLetters.*;

/**
 * The character folding that every matcher in the engine uses, at dictionary-build time
 * and at match time alike. It maps one UTF-16 unit to one unit, or drops it, so that
 * offsets into the original text can always be recovered (see {@link FoldedText}).
 *
 * <p>
 * Rules (after Lucene's {@code ArabicNormalizer} and Larkey, Ballesteros and Connell,
 * "Light Stemming for Arabic Information Retrieval", 2007), extended for report text:
 * <ul>
 * <li>alef with madda, hamza above or below, and alef wasla become bare alef (ا)</li>
 * <li>waw with hamza (ؤ) becomes waw; yeh with hamza (ئ) and alef maksura (ى) become
 * yeh</li>
 * <li>teh marbuta (ة) becomes heh (ه)</li>
 * <li>Persian yeh and kaf become Arabic yeh and kaf</li>
 * <li>tatweel, harakat, superscript alef and other combining marks are dropped</li>
 * <li>Arabic-Indic and extended (Persian) digits become ASCII digits</li>
 * <li>the Arabic decimal separator becomes '.', the thousands separator and Arabic comma
 * ','</li>
 * <li>zero-width and bidirectional marks, embeddings, overrides and isolates are dropped;
 * no-break space becomes a space</li>
 * <li>ASCII capitals become lower case</li>
 * </ul>
 */
public final class ArabicFolding {

	/** Returned by {@link #fold(char)} for a unit that is dropped. */
	public static final char DROPPED = '\uFFFF';

	/** Every unit folded once, so that folding in hot loops is one array read. */
	private static final char[] FOLDED = table();

	private ArabicFolding() {
	}

	/**
	 * Folds one UTF-16 unit.
	 * @param c the unit
	 * @return the folded unit, or {@link #DROPPED}
	 */
	public static char fold(char c) {
		return FOLDED[c];
	}

	private static char[] table() {
		char[] table = new char[Character.MAX_VALUE + 1];
		for (int c = 0; c <= Character.MAX_VALUE; c++) {
			table[c] = rule((char) c);
		}
		return table;
	}

	private static char rule(char c) {
		if (c < 0x80) {
			return (c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : c;
		}
		if (c >= ARABIC_INDIC_DIGIT_ZERO && c <= ARABIC_INDIC_DIGIT_NINE) {
			return (char) ('0' + (c - ARABIC_INDIC_DIGIT_ZERO));
		}
		if (c >= EXTENDED_DIGIT_ZERO && c <= EXTENDED_DIGIT_NINE) {
			return (char) ('0' + (c - EXTENDED_DIGIT_ZERO));
		}
		if ((c >= FATHATAN && c <= WAVY_HAMZA_BELOW) || c == SUPERSCRIPT_ALEF || c == TATWEEL) {
			return DROPPED;
		}
		if ((c >= ZERO_WIDTH_SPACE && c <= RIGHT_TO_LEFT_MARK) || c == ARABIC_LETTER_MARK) {
			return DROPPED;
		}
		if ((c >= LEFT_TO_RIGHT_EMBEDDING && c <= RIGHT_TO_LEFT_OVERRIDE)
				|| (c >= LEFT_TO_RIGHT_ISOLATE && c <= POP_DIRECTIONAL_ISOLATE)) {
			return DROPPED;
		}
		return switch (c) {
			case ALEF_WITH_MADDA_ABOVE, ALEF_WITH_HAMZA_ABOVE, ALEF_WITH_HAMZA_BELOW, ALEF_WASLA -> ALEF;
			case WAW_WITH_HAMZA_ABOVE -> WAW;
			case YEH_WITH_HAMZA_ABOVE, ALEF_MAKSURA, PERSIAN_YEH -> YEH;
			case TEH_MARBUTA -> HEH;
			case PERSIAN_KAF -> KAF;
			case ARABIC_DECIMAL_SEPARATOR -> '.';
			case ARABIC_THOUSANDS_SEPARATOR, ARABIC_COMMA -> ',';
			case NO_BREAK_SPACE -> ' ';
			default -> c;
		};
	}

	/**
	 * Folds a whole string, for building dictionaries and for query terms.
	 * @param text the text
	 * @return the folded text
	 */
	public static String fold(CharSequence text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char f = fold(text.charAt(i));
			if (f != DROPPED) {
				out.append(f);
			}
		}
		return out.toString();
	}

}
