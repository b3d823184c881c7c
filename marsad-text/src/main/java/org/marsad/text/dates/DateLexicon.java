package org.marsad.text.dates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.marsad.text.normalize.ArabicFolding;

/**
 * The vocabulary of dates (month, weekday and relative words, particles, spelled
 * numbers), read once from {@code date-words.txt} so that the tables stay apart from the
 * scanning code and grow without code changes.
 *
 * <p>
 * Gregorian month names follow the Unicode CLDR locales of the Levant (ar-SY), Egypt and
 * the Gulf (ar-EG), Algeria and Tunisia (ar-DZ, ar-TN) and Morocco (ar-MA); Hijri months
 * the Umm al-Qura calendar of {@link java.time.chrono.HijrahChronology}.
 *
 * <ul>
 * <li>every spelling is folded with {@link ArabicFolding}, as the input is</li>
 * <li>single words and phrases of two to four words are kept apart</li>
 * <li>the first word of a phrase that means nothing alone is a
 * {@link WordKind#PHRASE_HEAD}, so that clitics can be stripped from it</li>
 * </ul>
 */
final class DateLexicon {

	private static final String RESOURCE = "date-words.txt";

	private static final char COMMENT = '#';

	/** What separates the words of a phrase, in the word list and in lookup keys. */
	static final char PHRASE_SEPARATOR = ' ';

	private final Map<String, Lexeme> words = new HashMap<>();

	private final Map<String, Lexeme> phrases = new HashMap<>();

	private int longestPhrase = 1;

	private DateLexicon() {
	}

	/**
	 * Reads the vocabulary shipped with the recogniser.
	 * @return the lexicon
	 */
	static DateLexicon load() {
		DateLexicon lexicon = new DateLexicon();
		try (InputStream in = DateLexicon.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + RESOURCE);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				lexicon.addLine(line.strip());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		lexicon.addPhraseHeads();
		return lexicon;
	}

	private void addLine(String line) {
		if (line.isEmpty() || line.charAt(0) == COMMENT) {
			return;
		}
		String[] fields = line.split("\t");
		Lexeme lexeme = new Lexeme(WordKind.valueOf(fields[0]), Integer.parseInt(fields[1]));
		for (String spelling : fields[2].split("\\|")) {
			String folded = ArabicFolding.fold(spelling.strip());
			int wordCount = folded.split(String.valueOf(PHRASE_SEPARATOR)).length;
			if (wordCount == 1) {
				this.words.putIfAbsent(folded, lexeme);
			}
			else {
				this.phrases.putIfAbsent(folded, lexeme);
				this.longestPhrase = Math.max(this.longestPhrase, wordCount);
			}
		}
	}

	private void addPhraseHeads() {
		Lexeme head = new Lexeme(WordKind.PHRASE_HEAD, 0);
		for (String phrase : this.phrases.keySet()) {
			this.words.putIfAbsent(phrase.substring(0, phrase.indexOf(PHRASE_SEPARATOR)), head);
		}
	}

	/** The meaning of a folded word, or null. */
	Lexeme word(String folded) {
		return this.words.get(folded);
	}

	/** The meaning of folded words joined by single spaces, or null. */
	Lexeme phrase(String folded) {
		return this.phrases.get(folded);
	}

	/** The number of words in the longest phrase. */
	int longestPhrase() {
		return this.longestPhrase;
	}

}
