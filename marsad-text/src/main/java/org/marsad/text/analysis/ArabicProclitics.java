package org.marsad.text.analysis;

import static org.marsad.text.analysis.ArabicAlphabet.ALEF;
import static org.marsad.text.analysis.ArabicAlphabet.BEH;
import static org.marsad.text.analysis.ArabicAlphabet.FEH;
import static org.marsad.text.analysis.ArabicAlphabet.KAF;
import static org.marsad.text.analysis.ArabicAlphabet.LAM;
import static org.marsad.text.analysis.ArabicAlphabet.WAW;

/**
 * Finds the proclitics at the start of a folded Arabic word: the article with the
 * particles that attach to it, and the one-letter conjunctions and prepositions.
 *
 * <p>
 * Rules, after the light10 stemmer of Larkey, Ballesteros and Connell, "Light Stemming
 * for Arabic Information Retrieval" (in Arabic Computational Morphology, Springer, 2007):
 * <ul>
 * <li>the article forms وبال، وكال، فبال، فكال، وال، فال، بال، كال، ولل، فلل، لل، ال are
 * removed, longest first, when at least {@value #MIN_AFTER_ARTICLE} letters remain (as in
 * light10); they are unambiguous, so the word is replaced;</li>
 * <li>a conjunction و or ف, then a preposition ب، ل or ك, are removed one at a time when
 * at least {@value #MIN_AFTER_PARTICLE} letters remain; these letters are just as often
 * the first root letter (وزير، بلدة، كتاب، فلسطين), so each shorter form is an extra
 * variant beside the whole word, never a replacement.</li>
 * </ul>
 */
public final class ArabicProclitics {

	/** Letters that must remain after an article is removed (light10). */
	public static final int MIN_AFTER_ARTICLE = 2;

	/** Letters that must remain after a one-letter particle is removed. */
	public static final int MIN_AFTER_PARTICLE = 3;

	private static final char[][] ARTICLES = { { WAW, BEH, ALEF, LAM }, { WAW, KAF, ALEF, LAM },
			{ FEH, BEH, ALEF, LAM }, { FEH, KAF, ALEF, LAM }, { WAW, ALEF, LAM }, { FEH, ALEF, LAM },
			{ BEH, ALEF, LAM }, { KAF, ALEF, LAM }, { WAW, LAM, LAM }, { FEH, LAM, LAM }, { LAM, LAM }, { ALEF, LAM } };

	private ArabicProclitics() {
	}

	/**
	 * Length of the article-bearing prefix to remove.
	 * @param word the folded word
	 * @param length its length
	 * @return the prefix length, or 0 when there is none or too little would remain
	 */
	public static int articleLength(char[] word, int length) {
		if (length == 0 || !opensArticle(word[0])) {
			return 0;
		}
		for (char[] article : ARTICLES) {
			if (length - article.length >= MIN_AFTER_ARTICLE && startsWith(word, length, article)) {
				return article.length;
			}
		}
		return 0;
	}

	/**
	 * Lengths of the one-letter particles that may be removed, as successive prefix
	 * lengths.
	 * @param word the folded word
	 * @param length its length
	 * @param prefixes receives up to two prefix lengths, shortest first
	 * @return how many prefix lengths were written
	 */
	public static int particleLengths(char[] word, int length, int[] prefixes) {
		int count = 0;
		int at = 0;
		if (isConjunction(word[at]) && length - at - 1 >= MIN_AFTER_PARTICLE) {
			prefixes[count++] = ++at;
		}
		if (isPreposition(word[at]) && length - at - 1 >= MIN_AFTER_PARTICLE) {
			prefixes[count++] = ++at;
		}
		return count;
	}

	/** Whether a letter opens one of {@link #ARTICLES}: most words open with none. */
	private static boolean opensArticle(char c) {
		return c == WAW || c == FEH || c == BEH || c == KAF || c == LAM || c == ALEF;
	}

	private static boolean isConjunction(char c) {
		return c == WAW || c == FEH;
	}

	private static boolean isPreposition(char c) {
		return c == BEH || c == LAM || c == KAF;
	}

	private static boolean startsWith(char[] word, int length, char[] prefix) {
		if (length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (word[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
