package org.marsad.bench.persons;

import java.util.Random;

/**
 * The ways a source misspells a name word, as seen in monitoring reports and registration
 * lists: hamza and alef forms, teh marbuta written as heh, alef maksura and yeh, «عبد»
 * compounds written apart, diacritics and tatweel, and typing errors (a letter replaced,
 * dropped, added or two swapped).
 */
final class Corruptions {

	private static final String ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";

	private static final String LATIN_LETTERS = "abcdefghijklmnopqrstuvwxyz";

	private static final char ALEF = '\u0627';

	private static final char ALEF_HAMZA_ABOVE = '\u0623';

	private static final char ALEF_HAMZA_BELOW = '\u0625';

	private static final char ALEF_MADDA = '\u0622';

	private static final char LAM = '\u0644';

	private static final char FIRST_ARABIC = '\u0600';

	private static final char TEH_MARBUTA = '\u0629';

	private static final char HEH = '\u0647';

	private static final char ALEF_MAKSURA = '\u0649';

	private static final char YEH = '\u064A';

	private static final char FATHA = '\u064E';

	private static final char SHADDA = '\u0651';

	private static final char TATWEEL = '\u0640';

	private static final String ABD = "عبد";

	private static final int MIN_TYPO_LENGTH = 3;

	private static final int EDITS = 4;

	private Corruptions() {
	}

	/**
	 * Writes an initial alef with or without its hamza, as sources do; never on the
	 * article, which is written with a bare alef.
	 */
	static String hamza(String word, Random random) {
		char first = word.charAt(0);
		if (first == ALEF_HAMZA_ABOVE || first == ALEF_HAMZA_BELOW || first == ALEF_MADDA) {
			return ALEF + word.substring(1);
		}
		if (first == ALEF && word.length() > 1 && word.charAt(1) != LAM) {
			return (random.nextBoolean() ? ALEF_HAMZA_ABOVE : ALEF_HAMZA_BELOW) + word.substring(1);
		}
		return word;
	}

	/** Writes a final teh marbuta as heh, a final alef maksura as yeh and back. */
	static String ending(String word) {
		int last = word.length() - 1;
		char end = word.charAt(last);
		char replaced = switch (end) {
			case TEH_MARBUTA -> HEH;
			case ALEF_MAKSURA -> YEH;
			case YEH -> ALEF_MAKSURA;
			default -> end;
		};
		return word.substring(0, last) + replaced;
	}

	/** Writes «عبدالله» as «عبد الله». */
	static String apart(String word) {
		return (word.startsWith(ABD) && word.length() > ABD.length()) ? ABD + " " + word.substring(ABD.length()) : word;
	}

	/** Adds a fatha, a shadda or a tatweel after a letter. */
	static String marks(String word, Random random) {
		int at = 1 + random.nextInt(word.length());
		char mark = switch (random.nextInt(3)) {
			case 0 -> FATHA;
			case 1 -> SHADDA;
			default -> TATWEEL;
		};
		return word.substring(0, at) + mark + word.substring(at);
	}

	/** One typing error: a letter replaced, dropped, added, or two letters swapped. */
	static String typo(String word, Random random) {
		if (word.length() < MIN_TYPO_LENGTH) {
			return word;
		}
		String letters = (word.charAt(0) < FIRST_ARABIC) ? LATIN_LETTERS : ARABIC_LETTERS;
		int at = 1 + random.nextInt(word.length() - 1);
		char letter = letters.charAt(random.nextInt(letters.length()));
		StringBuilder typed = new StringBuilder(word);
		switch (random.nextInt(EDITS)) {
			case 0 -> typed.setCharAt(at, letter);
			case 1 -> typed.deleteCharAt(at);
			case 2 -> typed.insert(at, letter);
			default -> {
				char previous = typed.charAt(at - 1);
				typed.setCharAt(at - 1, typed.charAt(at));
				typed.setCharAt(at, previous);
			}
		}
		return typed.toString();
	}

}
