package org.marsad.text.analysis;

import static org.marsad.text.analysis.ArabicAlphabet.*;

import org.apache.lucene.util.ArrayUtil;

/**
 * The consonant skeleton of a name word, the same for its Arabic spelling and its usual
 * Latin transliterations: «محمد», "Mohammed", "Muhammad" and "Mohamad" all give
 * {@code mhmd}; «الباغوز», "Baghuz" and "al-Baghouz" give {@code bgd}.
 *
 * <p>
 * Arabic script writes consonants and long vowels; Latin spellings add short vowels and
 * disagree on emphatics and on ع and ء. The key therefore keeps one class per consonant
 * and drops vowels. Rules (letter values after the ALA-LC romanization table for Arabic,
 * 2012, and the regional variants in the Gaza name dictionary):
 * <ul>
 * <li>classes: ب/b/p → b; ت ط ث د ض ذ ظ ز/t/th/d/dh/z → d (Latin th stands for ث and ذ,
 * dh for ذ ظ ض, z for ز ذ ظ); ج غ/j/g/dj/gh → j (Latin g stands for ج in Egypt and for غ
 * in foreign names); ح ه/h → h; خ/kh → x; ر/r → r; س ص/s/c before e, i, y → s; ش
 * تش/sh/ch/sch/tch → c; ف/f/v/ph → f; ق ك/q/k/c/ck → k; ل → l; م → m; ن → n; x → ks;</li>
 * <li>vowels (ا، و، ي، ع، ء and Latin a, e, i, o, u, w, y, apostrophes) are dropped,
 * except at the start of the word, where و/w gives w, ي/y gives y and any other vowel
 * gives a;</li>
 * <li>a repeated class is written once (shadda, doubled Latin letters);</li>
 * <li>an h right after d, s or k is read as the digraph (dh → d, sh → c, kh → x) on both
 * sides, since Arabic script does not show whether a vowel stands between («أدهم» Adham,
 * «دحلان» Dahlan, «سهام» Siham);</li>
 * <li>a final heh (teh marbuta once folded) or hah and a Latin final vowel and h are left
 * out before digraphs are read, and any final h that remains is dropped;</li>
 * <li>the article is removed: Latin "al-" and "el-" here, Arabic «ال» and Latin article
 * words by {@link NameParticleFilter} before the key is made (folding erases the hamza
 * that tells «إلهام» from an article);</li>
 * <li>«عبد»/"abd" compounds give abd, then the skeleton of the rest without its leading
 * vowel or article l, so «عبدالرحمن», "Abdulrahman", "Abd al-Rahman" and "Abdurrahman"
 * all give {@code abdrhmn}.</li>
 * </ul>
 * An instance reuses its buffer; it is not thread-safe.
 */
public final class SkeletonKey {

	private static final char NONE = ArabicLatin.NONE;

	private static final String LATIN_ABD = "abd";

	private static final String[] LATIN_ARTICLES = { "al-", "el-" };

	private static final int MIN_AFTER_LATIN_ARTICLE = 2;

	private char[] key = new char[16];

	private int length;

	/**
	 * Computes the key of a folded, lower-cased word.
	 * @param word the word
	 * @param wordLength its length
	 * @return the length of the key, read with {@link #buffer()}; 0 when the word has
	 * none
	 */
	public int of(char[] word, int wordLength) {
		this.key = ArrayUtil.grow(this.key, 2 * wordLength + 3);
		this.length = 0;
		boolean compound = wordLength > LATIN_ABD.length()
				&& (startsWith(word, wordLength, NameParticles.ABD) || startsWith(word, wordLength, LATIN_ABD));
		int from = compound ? LATIN_ABD.length() : articleLength(word, wordLength);
		if (compound) {
			append(ArabicLatin.A);
			append(ArabicLatin.B);
			append(ArabicLatin.D);
		}
		int rest = this.length;
		int end = hasSilentEnding(word, from, wordLength) ? wordLength - 1 : wordLength;
		int i = from;
		while (i < end) {
			i = appendClass(word, i, end, i == from && !compound);
		}
		if (this.length > 1 && this.key[this.length - 1] == ArabicLatin.H) {
			this.length--;
		}
		if (compound && this.length - rest > 1 && this.key[rest] == ArabicLatin.L) {
			System.arraycopy(this.key, rest + 1, this.key, rest, this.length - rest - 1);
			this.length--;
		}
		return this.length;
	}

	/**
	 * The buffer holding the last key.
	 * @return the buffer; only the first {@link #of} characters are valid
	 */
	public char[] buffer() {
		return this.key;
	}

	/**
	 * Computes the key of a word, for tests and dictionaries.
	 * @param word the folded, lower-cased word
	 * @return the key, possibly empty
	 */
	public String of(String word) {
		char[] chars = word.toCharArray();
		int keyLength = of(chars, chars.length);
		return new String(this.key, 0, keyLength);
	}

	private int appendClass(char[] word, int i, int end, boolean initial) {
		char c = word[i];
		char next = (i + 1 < end) ? word[i + 1] : NONE;
		if (isArabic(c)) {
			char pair = ArabicLatin.arabicPair(c, next);
			if (pair != NONE) {
				append(pair);
				return i + 2;
			}
			appendVowelOr(ArabicLatin.arabic(c), c, initial);
			return i + 1;
		}
		char after = (i + 2 < end) ? word[i + 2] : NONE;
		int used = ArabicLatin.latinLength(c, next, after);
		char value = ArabicLatin.latin(c, next, after);
		if (value == ArabicLatin.KS) {
			append(ArabicLatin.K);
			append(ArabicLatin.S);
		}
		else {
			appendVowelOr(value, c, initial);
		}
		return i + used;
	}

	private void appendVowelOr(char value, char letter, boolean initial) {
		if (value != ArabicLatin.VOWEL) {
			append(value);
		}
		else if (initial) {
			append(ArabicLatin.initialVowel(letter));
		}
	}

	private void append(char value) {
		if (value == NONE) {
			return;
		}
		if (this.length > 0 && this.key[this.length - 1] == value) {
			return;
		}
		if (value == ArabicLatin.H && this.length > 0) {
			char digraph = ArabicLatin.afterH(this.key[this.length - 1]);
			if (digraph != NONE) {
				this.key[this.length - 1] = digraph;
				return;
			}
		}
		this.key[this.length++] = value;
	}

	/**
	 * Whether the word ends in a heh (teh marbuta once folded), a hah, or a Latin vowel
	 * and h ("-ah", "-eh"), which are left out before any digraph is read.
	 */
	private static boolean hasSilentEnding(char[] word, int from, int length) {
		if (length - from <= 2) {
			return false;
		}
		char last = word[length - 1];
		return last == HEH || last == HAH
				|| (last == ArabicLatin.H && ArabicLatin.latin(word[length - 2], NONE, NONE) == ArabicLatin.VOWEL);
	}

	private static int articleLength(char[] word, int length) {
		for (String article : LATIN_ARTICLES) {
			if (length - article.length() >= MIN_AFTER_LATIN_ARTICLE && startsWith(word, length, article)) {
				return article.length();
			}
		}
		return 0;
	}

	private static boolean startsWith(char[] word, int length, String prefix) {
		if (length < prefix.length()) {
			return false;
		}
		for (int i = 0; i < prefix.length(); i++) {
			if (word[i] != prefix.charAt(i)) {
				return false;
			}
		}
		return true;
	}

}
