package org.marsad.text;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.marsad.text.normalize.CharClass;

/**
 * The language of a report, told apart by the script its letters are written in.
 *
 * <p>
 * Rules:
 * <ul>
 * <li>letters of the Arabic blocks (U+0600–U+06FF, U+0750–U+077F, U+08A0–U+08FF and the
 * presentation forms U+FB50–U+FDFF, U+FE70–U+FEFF) count as Arabic; Basic Latin and
 * Latin-1 letters count as Latin; digits, punctuation and other scripts count for
 * neither</li>
 * <li>{@link #AR} when at least 30% of all letters are Arabic (reports mix in Latin names
 * and abbreviations, so a majority is not required)</li>
 * <li>{@link #EN} when at least half of all letters are Latin and, in a text of twenty
 * words or more, at least one word in twenty is an English function word (so that French
 * or Turkish stays {@link #OTHER}); a shorter text, such as a title, may have no function
 * word and is taken as English on its letters alone</li>
 * <li>{@link #OTHER} otherwise, also for a text without letters</li>
 * </ul>
 */
public enum Language {

	AR, EN, OTHER;

	private static final List<String> ENGLISH_FUNCTION_WORDS = List.of("the", "of", "and", "in", "to", "a", "was",
			"were", "is", "are", "on", "at", "by", "from", "with", "for", "that", "have", "has", "had", "into", "after",
			"their", "they", "since", "more", "than");

	private static final int LONGEST_FUNCTION_WORD = ENGLISH_FUNCTION_WORDS.stream()
		.mapToInt(String::length)
		.max()
		.orElseThrow();

	/**
	 * The function words ordered by {@link String#hashCode()} (they have distinct
	 * hashes).
	 */
	private static final String[] FUNCTION_WORDS_BY_HASH = ENGLISH_FUNCTION_WORDS.stream()
		.sorted(Comparator.comparingInt(String::hashCode))
		.toArray(String[]::new);

	private static final int[] FUNCTION_WORD_HASHES = Arrays.stream(FUNCTION_WORDS_BY_HASH)
		.mapToInt(String::hashCode)
		.toArray();

	/** {@link #SCRIPTS} entries; units that are no letter stay 0. */
	private static final byte ARABIC_LETTER = 1;

	private static final byte LATIN_LETTER = 2;

	private static final byte OTHER_LETTER = 3;

	/** Basic Latin, Latin-1 and the Latin Extended blocks end here (U+0250, IPA). */
	private static final char LATIN_END = 0x250;

	private static final byte[] SCRIPTS = scripts();

	/** The ASCII letters up to Z are capitals; a capital's small letter is 32 later. */
	private static final char LATIN_CAPITAL_Z = 'Z';

	private static final int LATIN_CASE_OFFSET = 'a' - 'A';

	private static final int FUNCTION_WORD_SHARE = 20;

	private static final int ARABIC_SHARE_NUMERATOR = 3;

	private static final int ARABIC_SHARE_DENOMINATOR = 10;

	/** Whether the Arabic share is already reached is asked every 64 units. */
	private static final int EARLY_CHECK_MASK = 63;

	/** The code used in JSON ({@code ar}, {@code en}, {@code other}). */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Reads a code written by {@link #code()}.
	 * @param code the code
	 * @return the language
	 * @throws IllegalArgumentException for an unknown code
	 */
	public static Language ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

	/**
	 * Detects the language of a text, in one pass over it that allocates nothing. The
	 * pass ends early once the Arabic letters read are enough for {@link #AR} even if
	 * every unit still unread were a letter of another script, so most of an Arabic
	 * report is not read.
	 * @param text the text
	 * @return the language
	 */
	public static Language detect(CharSequence text) {
		int arabic = 0;
		int latin = 0;
		int other = 0;
		int n = text.length();
		for (int i = 0; i < n; i++) {
			byte script = SCRIPTS[text.charAt(i)];
			if (script == ARABIC_LETTER) {
				arabic++;
			}
			else if (script == LATIN_LETTER) {
				latin++;
			}
			else if (script == OTHER_LETTER) {
				other++;
			}
			if ((i & EARLY_CHECK_MASK) == EARLY_CHECK_MASK && arabic > 0
					&& isArabicShare(arabic, (long) arabic + latin + other + (n - i - 1))) {
				return AR;
			}
		}
		int letters = arabic + latin + other;
		if (letters == 0) {
			return OTHER;
		}
		if (isArabicShare(arabic, letters)) {
			return AR;
		}
		if (2 * latin >= letters && readsAsEnglish(text)) {
			return EN;
		}
		return OTHER;
	}

	private static boolean isArabicShare(long arabic, long letters) {
		return arabic * ARABIC_SHARE_DENOMINATOR >= letters * ARABIC_SHARE_NUMERATOR;
	}

	/** The script of every UTF-16 unit that is a letter, looked up once per unit. */
	private static byte[] scripts() {
		byte[] scripts = new byte[Character.MAX_VALUE + 1];
		for (int c = 0; c <= Character.MAX_VALUE; c++) {
			char unit = (char) c;
			if (!CharClass.isLetter(unit)) {
				continue;
			}
			scripts[c] = isArabic(unit) ? ARABIC_LETTER : (unit < LATIN_END) ? LATIN_LETTER : OTHER_LETTER;
		}
		return scripts;
	}

	private static boolean isArabic(char c) {
		return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0x08A0 && c <= 0x08FF)
				|| (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
	}

	/**
	 * Counts words of ASCII letters and, among them, English function words; a word is
	 * compared only when it is short enough to be one, in a fixed buffer.
	 */
	private static boolean readsAsEnglish(CharSequence text) {
		int words = 0;
		int functionWords = 0;
		char[] word = new char[LONGEST_FUNCTION_WORD];
		int length = 0;
		int hash = 0;
		for (int i = 0; i <= text.length(); i++) {
			char c = (i < text.length()) ? text.charAt(i) : ' ';
			if (c < 0x80 && CharClass.isLetter(c)) {
				char lower = (c <= LATIN_CAPITAL_Z) ? (char) (c + LATIN_CASE_OFFSET) : c;
				if (length < LONGEST_FUNCTION_WORD) {
					word[length] = lower;
				}
				hash = 31 * hash + lower;
				length++;
			}
			else if (length > 0) {
				words++;
				if (length <= LONGEST_FUNCTION_WORD && isFunctionWord(word, length, hash)) {
					functionWords++;
				}
				length = 0;
				hash = 0;
			}
		}
		return words < FUNCTION_WORD_SHARE || functionWords * FUNCTION_WORD_SHARE >= words;
	}

	private static boolean isFunctionWord(char[] word, int length, int hash) {
		int found = Arrays.binarySearch(FUNCTION_WORD_HASHES, hash);
		if (found < 0) {
			return false;
		}
		String candidate = FUNCTION_WORDS_BY_HASH[found];
		if (candidate.length() != length) {
			return false;
		}
		for (int k = 0; k < length; k++) {
			if (candidate.charAt(k) != word[k]) {
				return false;
			}
		}
		return true;
	}

}
