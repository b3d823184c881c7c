package org.marsad.bench.generate;

import java.util.List;
import java.util.SplittableRandom;

import org.marsad.text.normalize.ArabicLetters;

/**
 * The random choices behind one generated paragraph: phrases, figures and how they are
 * written.
 * <ul>
 * <li>about a third of the numbers are written with Arabic-Indic digits, the rest with
 * ASCII digits</li>
 * <li>half of the numbers from 1,000 up carry a thousands separator (U+066C with
 * Arabic-Indic digits, a comma with ASCII digits)</li>
 * <li>now and then an actor's name is stretched with a tatweel after its first letter
 * that joins the next one (قـوات، الـتحالف), as in hand-typed messages</li>
 * </ul>
 */
final class Draw {

	private static final char ASCII_ZERO = '0';

	private static final char ASCII_COMMA = ',';

	private static final int GROUP = 3;

	private static final double ARABIC_INDIC_SHARE = 0.35;

	private static final double GROUPED_SHARE = 0.5;

	private static final double STRETCHED_SHARE = 0.08;

	/**
	 * Letters that join only the letter before them, so a tatweel cannot follow them
	 * (alef and its hamza forms, dal, thal, reh, zain, waw and its hamza form, teh
	 * marbuta).
	 */
	private static final String RIGHT_JOINING_ONLY = "اأإآدذرزوؤة";

	private final SplittableRandom random;

	Draw(SplittableRandom random) {
		this.random = random;
	}

	String place() {
		return pick(MonitorPhrases.PLACES);
	}

	String actor() {
		return stretched(pick(MonitorPhrases.ACTORS));
	}

	String time() {
		return pick(MonitorPhrases.TIMES);
	}

	String nationality() {
		return pick(MonitorPhrases.NATIONALITIES);
	}

	String vague() {
		return pick(MonitorPhrases.VAGUE);
	}

	String opening() {
		return pick(MonitorPhrases.OPENINGS);
	}

	/** A figure as monitors state it: an optional qualifier and a number. */
	String figure(int min, int max) {
		String qualifier = pick(MonitorPhrases.QUALIFIERS);
		String number = count(min, max);
		return qualifier.isEmpty() ? number : qualifier + " " + number;
	}

	/** A bare number between min and max (inclusive). */
	String count(int min, int max) {
		return written(this.random.nextInt(min, max + 1));
	}

	int index(int bound) {
		return this.random.nextInt(bound);
	}

	private String written(int number) {
		String digits = Integer.toString(number);
		boolean arabicIndic = this.random.nextDouble() < ARABIC_INDIC_SHARE;
		boolean grouped = digits.length() > GROUP && this.random.nextDouble() < GROUPED_SHARE;
		char separator = arabicIndic ? ArabicLetters.ARABIC_THOUSANDS_SEPARATOR : ASCII_COMMA;
		StringBuilder written = new StringBuilder(digits.length() + 2);
		for (int i = 0; i < digits.length(); i++) {
			if (grouped && i > 0 && (digits.length() - i) % GROUP == 0) {
				written.append(separator);
			}
			char digit = digits.charAt(i);
			written.append(arabicIndic ? (char) (digit - ASCII_ZERO + ArabicLetters.ARABIC_INDIC_DIGIT_ZERO) : digit);
		}
		return written.toString();
	}

	private String stretched(String phrase) {
		if (this.random.nextDouble() >= STRETCHED_SHARE) {
			return phrase;
		}
		for (int i = 0; i + 1 < phrase.length(); i++) {
			if (joinsTheNextLetter(phrase.charAt(i)) && Character.isLetter(phrase.charAt(i + 1))) {
				return phrase.substring(0, i + 1) + ArabicLetters.TATWEEL + phrase.substring(i + 1);
			}
		}
		return phrase;
	}

	private static boolean joinsTheNextLetter(char letter) {
		return Character.isLetter(letter) && Character.UnicodeBlock.of(letter) == Character.UnicodeBlock.ARABIC
				&& RIGHT_JOINING_ONLY.indexOf(letter) < 0;
	}

	private String pick(List<String> phrases) {
		return phrases.get(this.random.nextInt(phrases.size()));
	}

}
