package org.marsad.text.analysis;

/**
 * Light stemming of Arabic word suffixes: plural, dual and feminine endings, the nisba
 * ending and attached pronouns. Words only; names are never stemmed.
 *
 * <p>
 * Rules, after light10 (Larkey, Ballesteros and Connell, "Light Stemming for Arabic
 * Information Retrieval", 2007), on folded text where teh marbuta is already heh:
 * <ul>
 * <li>the suffixes are tried once each, in the order of {@link #SUFFIXES}, from the end
 * of the word inwards, so «مدنيين» loses «ين» then «ي»;</li>
 * <li>a suffix is removed only when at least {@value #MIN_STEM} letters remain;</li>
 * <li>light10's list (ها، ان، ات، ون، ين، يه، ية، ه، ة، ي) is extended with the attached
 * pronouns هما، كما، هم، هن، كم، نا, the oblique dual تين، تان, and the alef that carries
 * the accusative tanwin («شخصاً» → «شخص»), which folding leaves bare.</li>
 * </ul>
 */
public final class ArabicLightSuffixes {

	/** Letters that must remain after a suffix is removed (light10). */
	public static final int MIN_STEM = 2;

	/** Suffixes in the order they are tried, folded. */
	static final String[] SUFFIXES = { "هما", "كما", "تين", "تان", "ها", "هم", "هن", "كم", "نا", "ا", "ان", "ات", "ون",
			"ين", "يه", "ه", "ي" };

	private static final char[][] SUFFIX_CHARS = toChars(SUFFIXES);

	/** The last letter of each suffix, compared first: most words end in none of them. */
	private static final char[] LAST_LETTERS = lastLetters(SUFFIX_CHARS);

	private ArabicLightSuffixes() {
	}

	/**
	 * Stems a folded word in place.
	 * @param word the folded word
	 * @param length its length
	 * @return the length of the stem
	 */
	public static int stem(char[] word, int length) {
		int end = length;
		for (int i = 0; i < SUFFIX_CHARS.length; i++) {
			char[] suffix = SUFFIX_CHARS[i];
			if (end - suffix.length >= MIN_STEM && word[end - 1] == LAST_LETTERS[i] && endsWith(word, end, suffix)) {
				end -= suffix.length;
			}
		}
		return end;
	}

	private static boolean endsWith(char[] word, int end, char[] suffix) {
		int start = end - suffix.length;
		for (int i = 0; i < suffix.length; i++) {
			if (word[start + i] != suffix[i]) {
				return false;
			}
		}
		return true;
	}

	private static char[] lastLetters(char[][] suffixes) {
		char[] last = new char[suffixes.length];
		for (int i = 0; i < suffixes.length; i++) {
			last[i] = suffixes[i][suffixes[i].length - 1];
		}
		return last;
	}

	private static char[][] toChars(String[] suffixes) {
		char[][] chars = new char[suffixes.length][];
		for (int i = 0; i < suffixes.length; i++) {
			chars[i] = suffixes[i].toCharArray();
		}
		return chars;
	}

}
