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

	private static final char LETTER_H = 'h';

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
		return switch (c) {
			case 'a', 'e', 'i', 'o', 'u', 'w', 'y', '\'', '`' -> VOWEL;
			case 's' -> (next == LETTER_H || (next == 'c' && after == LETTER_H)) ? SH : S;
			case 'c' -> (next == LETTER_H) ? SH : (next == 'e' || next == 'i' || next == 'y') ? S : K;
			case 'k' -> (next == LETTER_H) ? X : K;
			case 'q' -> K;
			case 'g' -> (next == LETTER_H) ? GH : J;
			case 't' -> (next == 'c' && after == LETTER_H) ? NONE : T;
			case 'd' -> (next == 'j') ? J : D;
			case 'z' -> D;
			case 'p' -> (next == LETTER_H) ? F : B;
			case 'b' -> B;
			case 'f', 'v' -> F;
			case 'h' -> H;
			case 'j' -> J;
			case 'l' -> L;
			case 'm' -> M;
			case 'n' -> N;
			case 'r' -> R;
			case 'x' -> KS;
			default -> NONE;
		};
	}

	/**
	 * How many letters {@link #latin} read at a position.
	 * @param c the letter
	 * @param next the letter after it, or 0
	 * @param after the letter after that, or 0
	 * @return 1, 2 or 3
	 */
	static int latinLength(char c, char next, char after) {
		if (c == 's' && next == 'c' && after == LETTER_H) {
			return 3;
		}
		boolean digraph = switch (c) {
			case 's', 'c', 'k', 'g', 't', 'd', 'p' -> next == LETTER_H;
			default -> false;
		};
		return (digraph || (c == 'd' && next == 'j') || (c == 'c' && next == 'k')) ? 2 : 1;
	}

	/**
	 * The class a vowel letter gives at the start of a word.
	 * @param c the letter, Arabic or Latin
	 * @return w, y or a
	 */
	static char initialVowel(char c) {
		return switch (c) {
			case WAW, 'w' -> W;
			case YEH, 'y' -> Y;
			default -> A;
		};
	}

}
