package org.marsad.text.analysis;

import static org.marsad.text.analysis.ArabicAlphabet.*;

/**
 * The letter-class table behind {@link SkeletonKey}: which Arabic letters and which Latin
 * letters or digraphs stand for the same consonant in transliterated names. The rules are
 * listed on {@link SkeletonKey}.
 */
final class ArabicLatin {

	/** A vowel or vowel carrier: dropped inside a word. */
	static final char VOWEL = '*';

	/** Not part of a key (hyphen, digit, other script). */
	static final char NONE = 0;

	static final char A = 'a';

	static final char B = 'b';

	/** ت ط ث, Latin t and th: read as d, since Latin th stands for ث and ذ alike. */
	static final char T = 'd';

	static final char J = 'j';

	static final char H = 'h';

	/** خ, Latin kh. */
	static final char X = 'x';

	/** د ض ذ ظ ز, Latin d, dh, z. */
	static final char D = 'd';

	static final char R = 'r';

	static final char S = 's';

	/** ش, Latin sh. */
	static final char SH = 'c';

	/** غ, Latin gh: read as j, since Latin g stands for ج and for غ alike. */
	static final char GH = J;

	static final char F = 'f';

	static final char K = 'k';

	static final char L = 'l';

	static final char M = 'm';

	static final char N = 'n';

	static final char W = 'w';

	static final char Y = 'y';

	/** Latin x, which stands for two classes (k then s). */
	static final char KS = '+';

	/** Latin letters read as vowels or vowel carriers, apostrophes for ع and ء. */
	private static final String LATIN_VOWELS = "aeiouwy'`";

	/** Latin consonants, read alone. */
	private static final String LATIN_LETTERS = "bpfvhjlmnrqkctdzgsx";

	/** The class of each of {@link #LATIN_LETTERS}, in the same order. */
	private static final String LATIN_CLASSES = "bbffhjlmnrkkkdddjs+";

	/**
	 * Latin letters that form a digraph with a following h: sh, ch, kh, gh, th, dh, ph.
	 */
	private static final String BEFORE_H = "sckgtdp";

	/** The class of each digraph of {@link #BEFORE_H}, in the same order. */
	private static final String DIGRAPH_CLASSES = "ccxjddf";

	/** Vowels after which c reads as s. */
	private static final String SOFT_C_VOWELS = "eiy";

	private static final char LETTER_A = 'a';

	private static final char LETTER_Z = 'z';

	private static final char LETTER_C = 'c';

	private static final char LETTER_D = 'd';

	private static final char LETTER_H = 'h';

	private static final char LETTER_J = 'j';

	private static final char LETTER_K = 'k';

	private static final char LETTER_S = 's';

	private static final char LETTER_T = 't';

	private static final char LETTER_W = 'w';

	private static final char LETTER_Y = 'y';

	private ArabicLatin() {
	}

	/**
	 * The class of a folded Arabic letter.
	 * @param c the letter
	 * @return its class, {@link #VOWEL} or {@link #NONE}
	 */
	static char arabic(char c) {
		return switch (c) {
			case ALEF, HAMZA, AIN, WAW, YEH -> VOWEL;
			case BEH, PEH -> B;
			case TEH, TAH, THEH -> T;
			case JEEM, JEH, GAF -> J;
			case HAH, HEH -> H;
			case KHAH -> X;
			case DAL, DAD, THAL, ZAH, ZAIN -> D;
			case REH -> R;
			case SEEN, SAD -> S;
			case SHEEN, TCHEH -> SH;
			case GHAIN -> GH;
			case FEH, VEH -> F;
			case QAF, KAF -> K;
			case LAM -> L;
			case MEEM -> M;
			case NOON -> N;
			default -> NONE;
		};
	}

	/**
	 * The class of two Arabic letters that Latin writes as one digraph: تش as ch.
	 * @param c the letter
	 * @param next the letter after it, or 0
	 * @return the class of the pair, or {@link #NONE} when the letters are read one by
	 * one
	 */
	static char arabicPair(char c, char next) {
		return (c == TEH && next == SHEEN) ? SH : NONE;
	}

	/**
	 * The class of an h that follows a consonant class in a key. Latin reads t, d, s, k
	 * before h as the digraphs th, dh, sh, kh, while the Arabic letters carry no vowel to
	 * tell «أدهم» (Adham) from «دحلان» (Dahlan); so both sides read such an h the way the
	 * digraph reads.
	 * @param previous the class before the h
	 * @return the class that replaces both, or {@link #NONE} to keep both
	 */
	static char afterH(char previous) {
		return switch (previous) {
			case T -> T;
			case S -> SH;
			case K -> X;
			default -> NONE;
		};
	}

	/**
	 * The class of the Latin letter at a position, looking at the two letters after it
	 * for digraphs.
	 * @param c the letter
	 * @param next the letter after it, or 0
	 * @param after the letter after that, or 0
	 * @return its class, {@link #VOWEL}, {@link #KS} or {@link #NONE}
	 */
	static char latin(char c, char next, char after) {
		if (c < LETTER_A || c > LETTER_Z) {
			return (LATIN_VOWELS.indexOf(c) >= 0) ? VOWEL : NONE;
		}
		boolean beforeCh = next == LETTER_C && after == LETTER_H;
		if (c == LETTER_T && beforeCh) {
			return NONE;
		}
		if (c == LETTER_S && beforeCh) {
			return SH;
		}
		int digraph = BEFORE_H.indexOf(c);
		if (next == LETTER_H && digraph >= 0) {
			return DIGRAPH_CLASSES.charAt(digraph);
		}
		if (c == LETTER_D && next == LETTER_J) {
			return J;
		}
		if (c == LETTER_C && next != NONE && SOFT_C_VOWELS.indexOf(next) >= 0) {
			return S;
		}
		if (LATIN_VOWELS.indexOf(c) >= 0) {
			return VOWEL;
		}
		int single = LATIN_LETTERS.indexOf(c);
		return (single >= 0) ? LATIN_CLASSES.charAt(single) : NONE;
	}

	/**
	 * How many letters {@link #latin} read at a position.
	 * @param c the letter
	 * @param next the letter after it, or 0
	 * @param after the letter after that, or 0
	 * @return 1, 2 or 3
	 */
	static int latinLength(char c, char next, char after) {
		if (c == LETTER_S && next == LETTER_C && after == LETTER_H) {
			return 3;
		}
		boolean digraph = (next == LETTER_H && BEFORE_H.indexOf(c) >= 0) || (c == LETTER_D && next == LETTER_J)
				|| (c == LETTER_C && next == LETTER_K);
		return digraph ? 2 : 1;
	}

	/**
	 * The class a vowel letter gives at the start of a word.
	 * @param c the letter, Arabic or Latin
	 * @return w, y or a
	 */
	static char initialVowel(char c) {
		return switch (c) {
			case WAW, LETTER_W -> W;
			case YEH, LETTER_Y -> Y;
			default -> A;
		};
	}

}
