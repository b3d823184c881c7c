package org.marsad.text.normalize;

/**
 * Where a name may start inside a folded Arabic word that carries proclitics.
 *
 * <p>
 * Rules (after Larkey, Ballesteros and Connell's light stemming, limited to prefixes):
 * <ul>
 * <li>an optional conjunction و or ف, then an optional preposition ب، ك or ل, may stand
 * before the name: «وبالباغوز», «فلدير», «كالرقة»</li>
 * <li>ل before the article loses the article's alef: «للباغوز» is ل + «الباغوز», so the
 * name is looked up with the article restored</li>
 * <li>the article ال may be dropped so that «الكوباني» finds a name written without it
 * (tried last)</li>
 * <li>at least {@value #MIN_REST} letters must remain; Latin words take no
 * proclitics</li>
 * <li>the word as written is always the first candidate, so stripping is tried only after
 * it</li>
 * </ul>
 * A candidate is encoded as {@code lookupStart << 1 | restoredArticle}.
 */
public final class Proclitics {

	/** Most candidates one word can give. */
	public static final int MAX_CANDIDATES = 48;

	/** The article, restored in front of a lookup after «لل». */
	public static final String ARTICLE = "\u0627\u0644";

	static final int MIN_REST = 2;

	private static final char WAW = '\u0648';

	private static final char FEH = '\u0641';

	private static final char BEH = '\u0628';

	private static final char KAF = '\u0643';

	private static final char LAM = '\u0644';

	private static final char ALEF = '\u0627';

	private static final char NONE = 0;

	private static final char[] CONJUNCTIONS = { NONE, WAW, FEH };

	private static final char[] PREPOSITIONS = { NONE, BEH, KAF, LAM };

	private static final char FIRST_ARABIC_LETTER = '\u0621';

	private static final char LAST_ARABIC_LETTER = '\u064A';

	private Proclitics() {
	}

	/**
	 * Lists the candidate starts of a name inside a word.
	 * @param text the folded text
	 * @param start start of the word
	 * @param end exclusive end of the word
	 * @param out receives the encoded candidates, at least {@link #MAX_CANDIDATES} long
	 * @return number of candidates written
	 */
	public static int candidates(char[] text, int start, int end, int[] out) {
		int n = 0;
		out[n++] = start << 1;
		char first = text[start];
		if (first < FIRST_ARABIC_LETTER || first > LAST_ARABIC_LETTER || !mayStartProclitic(first)) {
			return n;
		}
		for (char conjunction : CONJUNCTIONS) {
			int afterConjunction = skip(text, start, end, conjunction);
			if (afterConjunction < 0) {
				continue;
			}
			for (char preposition : PREPOSITIONS) {
				int core = skip(text, afterConjunction, end, preposition);
				if (core < 0) {
					continue;
				}
				n = addCandidates(text, start, core, end, preposition, out, n);
			}
		}
		return n;
	}

	/**
	 * The start of the span for a candidate: a restored article starts one unit before
	 * the lookup, at the article's lam.
	 * @param candidate an encoded candidate
	 * @return the span start
	 */
	public static int spanStart(int candidate) {
		return lookupStart(candidate) - (restoresArticle(candidate) ? 1 : 0);
	}

	/**
	 * Where the lookup starts.
	 * @param candidate an encoded candidate
	 * @return the offset
	 */
	public static int lookupStart(int candidate) {
		return candidate >>> 1;
	}

	/**
	 * Whether the lookup puts the article back in front.
	 * @param candidate an encoded candidate
	 * @return whether the article is restored
	 */
	public static boolean restoresArticle(int candidate) {
		return (candidate & 1) != 0;
	}

	/**
	 * Whether a word starting with this letter may hold a proclitic or the article: every
	 * stripping starts at a conjunction, a preposition or the article's alef.
	 */
	private static boolean mayStartProclitic(char first) {
		return first == WAW || first == FEH || first == BEH || first == KAF || first == LAM || first == ALEF;
	}

	private static int addCandidates(char[] text, int start, int core, int end, char preposition, int[] out, int n) {
		if (core > start && end - core >= MIN_REST) {
			out[n++] = core << 1;
		}
		if (preposition == LAM && core < end && text[core] == LAM && end - core - 1 >= MIN_REST) {
			out[n++] = ((core + 1) << 1) | 1;
		}
		if (core + 1 < end && text[core] == ALEF && text[core + 1] == LAM && end - core - 2 >= MIN_REST) {
			out[n++] = (core + 2) << 1;
		}
		return n;
	}

	private static int skip(char[] text, int at, int end, char letter) {
		if (letter == NONE) {
			return at;
		}
		return (at < end && text[at] == letter) ? at + 1 : -1;
	}

}
