package org.marsad.text;

import java.util.Locale;
import java.util.Set;

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

	private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of("the", "of", "and", "in", "to", "a", "was", "were",
			"is", "are", "on", "at", "by", "from", "with", "for", "that", "have", "has", "had", "into", "after",
			"their", "they", "since", "more", "than");

	private static final int FUNCTION_WORD_SHARE = 20;

	private static final int ARABIC_SHARE_NUMERATOR = 3;

	private static final int ARABIC_SHARE_DENOMINATOR = 10;

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
	 * Detects the language of a text.
	 * @param text the text
	 * @return the language
	 */
	public static Language detect(CharSequence text) {
		int arabic = 0;
		int latin = 0;
		int other = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!CharClass.isLetter(c)) {
				continue;
			}
			if (isArabic(c)) {
				arabic++;
			}
			else if (c < 0x250) {
				latin++;
			}
			else {
				other++;
			}
		}
		int letters = arabic + latin + other;
		if (letters == 0) {
			return OTHER;
		}
		if (arabic * ARABIC_SHARE_DENOMINATOR >= letters * ARABIC_SHARE_NUMERATOR) {
			return AR;
		}
		if (2 * latin >= letters && readsAsEnglish(text)) {
			return EN;
		}
		return OTHER;
	}

	private static boolean isArabic(char c) {
		return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0x08A0 && c <= 0x08FF)
				|| (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
	}

	private static boolean readsAsEnglish(CharSequence text) {
		int words = 0;
		int functionWords = 0;
		StringBuilder word = new StringBuilder();
		for (int i = 0; i <= text.length(); i++) {
			char c = (i < text.length()) ? text.charAt(i) : ' ';
			if (c < 0x80 && CharClass.isLetter(c)) {
				word.append(Character.toLowerCase(c));
			}
			else if (word.length() > 0) {
				words++;
				if (ENGLISH_FUNCTION_WORDS.contains(word.toString())) {
					functionWords++;
				}
				word.setLength(0);
			}
		}
		return words < FUNCTION_WORD_SHARE || functionWords * FUNCTION_WORD_SHARE >= words;
	}

}
