package org.marsad.text;

import java.util.Locale;

/**
 * The language of a report, guessed from the letters it is written in.
 * <ul>
 * <li>{@link #AR} when Arabic-script letters make up at least 30% of the letters (reports
 * mix in Latin names and abbreviations, so a majority is not required)</li>
 * <li>{@link #EN} when Latin letters make up at least 60% of the letters</li>
 * <li>{@link #OTHER} otherwise, and for a text without letters</li>
 * </ul>
 */
public enum Language {

	AR, EN, OTHER;

	private static final double ARABIC_SHARE = 0.3;

	private static final double LATIN_SHARE = 0.6;

	/** The code used in JSON and the database: {@code ar}, {@code en}, {@code other}. */
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
	 * Guesses the language of a text.
	 * @param text the text
	 * @return the language
	 */
	public static Language detect(CharSequence text) {
		int letters = 0;
		int arabic = 0;
		int latin = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!Character.isLetter(c)) {
				continue;
			}
			letters++;
			Character.UnicodeScript script = Character.UnicodeScript.of(c);
			if (script == Character.UnicodeScript.ARABIC) {
				arabic++;
			}
			else if (script == Character.UnicodeScript.LATIN) {
				latin++;
			}
		}
		if (letters == 0) {
			return OTHER;
		}
		if (arabic >= letters * ARABIC_SHARE) {
			return AR;
		}
		return (latin >= letters * LATIN_SHARE) ? EN : OTHER;
	}

}
