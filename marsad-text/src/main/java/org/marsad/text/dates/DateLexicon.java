package org.marsad.text.dates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.marsad.text.normalize.ArabicFolding;
import org.marsad.text.normalize.FoldedText;
import org.marsad.text.normalize.RangeHash;
import org.marsad.text.normalize.TokenTable;

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
 * <li>single words and phrases of two to four words are kept apart; both are looked up by
 * ranges of the text, without building strings, and a phrase by the ids of its words</li>
 * <li>single words and the words of phrases share one table, so that one lookup of a word
 * of the text gives both its meaning and its id among the words of phrases</li>
 * <li>the first word of a phrase that means nothing alone is a
 * {@link WordKind#PHRASE_HEAD}, so that clitics can be stripped from it</li>
 * </ul>
 */
final class DateLexicon {

	/** The id of a word that is in no phrase. */
	static final int NO_PHRASE_WORD = TokenTable.ABSENT;

	private static final String RESOURCE = "date-words.txt";

	private static final char COMMENT = '#';

	/** What separates the words of a phrase in the word list. */
	private static final String PHRASE_SEPARATOR = " ";

	private static final Phrase[] NO_PHRASES = {};

	private final Map<String, Lexeme> words = new LinkedHashMap<>();

	private final Map<String, Lexeme> phrases = new LinkedHashMap<>();

	private TokenTable entries;

	private Lexeme[] entryLexemes;

	private int[] entryPhraseWords;

	private Phrase[][] phrasesByFirstWord;

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
		lexicon.index();
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
			int wordCount = folded.split(PHRASE_SEPARATOR).length;
			if (wordCount == 1) {
				this.words.putIfAbsent(folded, lexeme);
			}
			else {
				this.phrases.putIfAbsent(folded, lexeme);
			}
		}
	}

	private void addPhraseHeads() {
		Lexeme head = new Lexeme(WordKind.PHRASE_HEAD, 0);
		for (String phrase : this.phrases.keySet()) {
			this.words.putIfAbsent(phrase.substring(0, phrase.indexOf(PHRASE_SEPARATOR)), head);
		}
	}

	/**
	 * Builds the lookup tables: single words by id, and phrases as sequences of ids of
	 * their words, grouped by first word, longest first.
	 */
	private void index() {
		Map<String, Integer> phraseWordIds = new LinkedHashMap<>();
		Map<Integer, List<Phrase>> grouped = new HashMap<>();
		this.phrases.forEach((phrase, lexeme) -> {
			String[] parts = phrase.split(PHRASE_SEPARATOR, -1);
			int[] ids = new int[parts.length];
			for (int k = 0; k < parts.length; k++) {
				ids[k] = phraseWordIds.computeIfAbsent(parts[k], (w) -> phraseWordIds.size());
			}
			grouped.computeIfAbsent(ids[0], (id) -> new ArrayList<>())
				.add(new Phrase(Arrays.copyOfRange(ids, 1, ids.length), lexeme));
		});
		List<String> keys = new ArrayList<>(this.words.keySet());
		phraseWordIds.keySet().stream().filter((word) -> !this.words.containsKey(word)).forEach(keys::add);
		this.entries = new TokenTable(keys);
		this.entryLexemes = new Lexeme[keys.size()];
		this.entryPhraseWords = new int[keys.size()];
		for (int id = 0; id < keys.size(); id++) {
			this.entryLexemes[id] = this.words.get(keys.get(id));
			this.entryPhraseWords[id] = phraseWordIds.getOrDefault(keys.get(id), NO_PHRASE_WORD);
		}
		this.phrasesByFirstWord = new Phrase[phraseWordIds.size()][];
		Arrays.fill(this.phrasesByFirstWord, NO_PHRASES);
		grouped.forEach((first, group) -> {
			group.sort(Comparator.comparingInt((Phrase p) -> p.rest().length).reversed());
			this.phrasesByFirstWord[first] = group.toArray(NO_PHRASES);
		});
	}

	/**
	 * Looks a folded word up once, for both its meaning ({@link #lexeme(int)}) and its id
	 * among the words of phrases ({@link #phraseWord(int)}), by a range whose hash the
	 * caller read with it.
	 * @param rangeHash the hash of the range, as {@link String#hashCode()} gives it
	 * @param text the folded text
	 * @param prefix what stands before the range, or the empty string
	 * @param start start of the range
	 * @param end exclusive end of the range
	 * @return the entry, or {@link TokenTable#ABSENT}
	 */
	int entry(int rangeHash, FoldedText text, String prefix, int start, int end) {
		return this.entries.idOf(RangeHash.prefixed(prefix, rangeHash, end - start), prefix, text, start, end);
	}

	/**
	 * The meaning of an entry.
	 * @param entry an entry or {@link TokenTable#ABSENT}
	 * @return the lexeme, or null when the word means nothing alone
	 */
	Lexeme lexeme(int entry) {
		return (entry == TokenTable.ABSENT) ? null : this.entryLexemes[entry];
	}

	/**
	 * The id of an entry among the words of phrases.
	 * @param entry an entry or {@link TokenTable#ABSENT}
	 * @return the id or {@link #NO_PHRASE_WORD}
	 */
	int phraseWord(int entry) {
		return (entry == TokenTable.ABSENT) ? NO_PHRASE_WORD : this.entryPhraseWords[entry];
	}

	/**
	 * The longest phrase whose words have the given ids.
	 * @param ids phrase-word ids of consecutive tokens
	 * @param from the token the phrase starts at
	 * @param count the number of tokens
	 * @return the phrase or null
	 */
	Phrase phraseAt(int[] ids, int from, int count) {
		if (ids[from] == NO_PHRASE_WORD) {
			return null;
		}
		for (Phrase phrase : this.phrasesByFirstWord[ids[from]]) {
			int[] rest = phrase.rest();
			if (from + rest.length >= count) {
				continue;
			}
			boolean fits = true;
			for (int k = 0; k < rest.length && fits; k++) {
				fits = ids[from + 1 + k] == rest[k];
			}
			if (fits) {
				return phrase;
			}
		}
		return null;
	}

	/**
	 * A phrase of several words.
	 *
	 * @param rest ids of the words after the first
	 * @param lexeme what the phrase means
	 */
	record Phrase(int[] rest, Lexeme lexeme) {

		/** The number of words. */
		int length() {
			return this.rest.length + 1;
		}

	}

}
