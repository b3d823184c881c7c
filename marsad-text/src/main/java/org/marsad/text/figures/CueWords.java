package org.marsad.text.figures;

import java.util.Arrays;

import org.marsad.text.normalize.ArabicLetters;
import org.marsad.text.normalize.CharClass;

/**
 * How a {@link CueLexicon} walk reads the folded units of a word: where a cue may start
 * once the clitics Arabic attaches in front are passed over, which endings may follow it,
 * and how a phrase steps over spaces. The lexicon's trie is the algorithm; this is its
 * reading of the text, on the text's own array so that no unit is copied.
 *
 * <p>
 * Rules (after the light stemmer of Larkey, Ballesteros and Connell, "Light Stemming for
 * Arabic Information Retrieval", 2007, restricted to what reports use):
 * <ul>
 * <li>a word may start with the conjunctions و or ف, then one of the prepositions ب، ل،
 * ك, then the article ال (لل for ل + ال)</li>
 * <li>after a form, the word may end with one of a few endings (pronoun suffixes, plural
 * and dual endings, tanween alef; English -s, -es, -ed)</li>
 * <li>a phrase matches across any run of spaces between words</li>
 * <li>outside the text reads as a space</li>
 * </ul>
 */
final class CueWords {

	static final char SPACE = ' ';

	/** Most starts a word gives: two conjunctions times two prepositions times three. */
	static final int MAX_STARTS = 12;

	private static final char LAM = '\u0644';

	private static final char BEH = '\u0628';

	private static final char FEH = '\u0641';

	private static final String[] ENDINGS = { "\u0647", "\u0647\u0627", "\u0647\u0645", "\u0627", "\u0627\u0646",
			"\u064A\u0646", "\u0648\u0646", "\u0627\u062A", "\u0648\u0627", "\u064A", "\u064A\u0647", "s", "es", "ed" };

	private static final int LONGEST_ENDING = Arrays.stream(ENDINGS).mapToInt(String::length).max().orElse(0);

	/**
	 * Where a walk may start inside a word, in the order they are tried: after no
	 * conjunction, then after و or ف; within each, after no preposition, then after ب، ل
	 * or ك; and after each of those, also after the article (ال, or the ل of لل).
	 * @return how many starts were written
	 */
	static int stemStarts(char[] text, int n, int wordStart, int[] out) {
		int count = 0;
		int stem = wordStart;
		for (int conjunction = 0; conjunction < 2; conjunction++) {
			if (conjunction == 1) {
				if (!isConjunction(charAt(text, n, wordStart))) {
					break;
				}
				stem = wordStart + 1;
			}
			for (int preposition = 0; preposition < 2; preposition++) {
				int at = stem;
				if (preposition == 1) {
					if (!isPreposition(charAt(text, n, stem))) {
						break;
					}
					at = stem + 1;
				}
				out[count++] = at;
				if (charAt(text, n, at) == ArabicLetters.ALEF && charAt(text, n, at + 1) == LAM) {
					out[count++] = at + 2;
				}
				if (preposition == 1 && charAt(text, n, stem) == LAM && charAt(text, n, at) == LAM) {
					out[count++] = at + 1;
				}
			}
		}
		return count;
	}

	/**
	 * Whether a cue that ends at {@code i} ends a word there, directly or after one of
	 * the allowed endings.
	 * @param run the end of the run of letters and digits that {@code i} lies in (or
	 * {@code i} itself when it lies in none), known to the walk
	 */
	static boolean endsWord(char[] text, int i, int run) {
		return run == i || isEnding(text, i, run);
	}

	/**
	 * The position after the unit at {@code i} that a walk started at {@code start} reads
	 * next, runs of spaces read as one; -1 when the walk must stop (the end of the text,
	 * or a unit that is neither a letter, a digit nor a space).
	 */
	static int step(char[] text, int n, int start, int i) {
		if (i >= n || (i > start && !CharClass.isLetterOrDigit(text[i]) && text[i] != SPACE)) {
			return -1;
		}
		if (text[i] != SPACE) {
			return i + 1;
		}
		int j = i;
		while (j < n && text[j] == SPACE) {
			j++;
		}
		return j;
	}

	static int wordEnd(char[] text, int n, int from) {
		int i = from;
		while (i < n && CharClass.isLetterOrDigit(text[i])) {
			i++;
		}
		return i;
	}

	private static boolean isEnding(char[] text, int from, int to) {
		int length = to - from;
		if (length > LONGEST_ENDING) {
			return false;
		}
		for (String ending : ENDINGS) {
			if (ending.length() == length && regionEquals(text, from, ending)) {
				return true;
			}
		}
		return false;
	}

	private static boolean regionEquals(char[] text, int from, String s) {
		for (int k = 0; k < s.length(); k++) {
			if (text[from + k] != s.charAt(k)) {
				return false;
			}
		}
		return true;
	}

	static char charAt(char[] text, int n, int i) {
		return (i >= 0 && i < n) ? text[i] : SPACE;
	}

	private static boolean isConjunction(char c) {
		return c == ArabicLetters.WAW || c == FEH;
	}

	private static boolean isPreposition(char c) {
		return c == BEH || c == LAM || c == ArabicLetters.KAF;
	}

	private CueWords() {
	}

}
