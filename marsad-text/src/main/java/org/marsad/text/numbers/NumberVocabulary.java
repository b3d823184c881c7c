package org.marsad.text.numbers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.marsad.text.normalize.ArabicFolding;
import org.marsad.text.normalize.RangeHash;
import org.marsad.text.vocabulary.Qualifier;

/**
 * The words the number recogniser knows, read once from two tab-separated resources and
 * folded with {@link ArabicFolding}, the same folding the input gets.
 * <ul>
 * <li>{@code number-words.tsv}: number words with their {@link WordKind} and value</li>
 * <li>{@code number-context.tsv}: qualifier cues and the words that show a number is a
 * year, a day, a time, a name or a percentage</li>
 * <li>proclitics that may stand before a number word: و، ف، ب، ل and the article, whose
 * combinations with every number word are listed once, so that a word of the text is
 * looked up once</li>
 * </ul>
 * Immutable once built, so one instance serves all threads.
 */
final class NumberVocabulary {

	/**
	 * Folded proclitics, longest first: conjunctions و and ف, prepositions ب and ل, the
	 * article ال and their combinations (ل + ال is written لل).
	 */
	private static final List<String> PROCLITICS = List.of("وبال", "وال", "فال", "بال", "ولل", "لل", "وب", "ول", "ال",
			"و", "ف", "ب", "ل");

	private static final MathContext FRACTION_PRECISION = MathContext.DECIMAL64;

	private static final int MIN_STEM_AFTER_WAW = 2;

	private static final int MIN_STEM_AFTER_OTHER = 3;

	private static final String WAW = "و";

	private final WordTable<WordForm> words;

	private final WordTable<Set<ContextRole>> roles;

	private final WordTable<List<Cue>> cuesByLastWord;

	private final WordTable<List<Cue>> cuesByFirstWord;

	NumberVocabulary() {
		Map<String, NumberWord> numberWords = new HashMap<>();
		read("number-words.tsv", (columns) -> numberWords.put(ArabicFolding.fold(columns[0]), numberWord(columns)));
		Map<String, Set<ContextRole>> singleWords = new HashMap<>();
		Map<String, List<Cue>> byLast = new HashMap<>();
		Map<String, List<Cue>> byFirst = new HashMap<>();
		read("number-context.tsv", (columns) -> {
			Cue cue = cue(columns);
			if (cue.size() == 1 && cue.qualifier() == null && cue.role() != ContextRole.PERCENT) {
				singleWords.computeIfAbsent(cue.first(), (w) -> EnumSet.noneOf(ContextRole.class)).add(cue.role());
			}
			else if (cue.role() == ContextRole.BEFORE) {
				byLast.computeIfAbsent(cue.last(), (w) -> new ArrayList<>()).add(cue);
			}
			else {
				byFirst.computeIfAbsent(cue.first(), (w) -> new ArrayList<>()).add(cue);
			}
		});
		byLast.values().forEach((cues) -> cues.sort((a, b) -> b.size() - a.size()));
		byFirst.values().forEach((cues) -> cues.sort((a, b) -> b.size() - a.size()));
		this.words = new WordTable<>(forms(numberWords));
		this.roles = new WordTable<>(singleWords);
		this.cuesByLastWord = new WordTable<>(byLast);
		this.cuesByFirstWord = new WordTable<>(byFirst);
	}

	/**
	 * The number word spelled by a word token, bare or after proclitics, or {@code null}.
	 */
	WordForm word(Tokens tokens, int t) {
		return this.words.get(tokens.hash[t], tokens.text, tokens.start[t], tokens.end[t]);
	}

	/**
	 * Reads a word token from {@code from} on (its start, or after its conjunction) in a
	 * table, by a hash taken from the token's own.
	 */
	private static <V> V lookUp(WordTable<V> table, Tokens tokens, int t, int from) {
		int start = tokens.start[t];
		int end = tokens.end[t];
		int hash = (from == start) ? tokens.hash[t]
				: RangeHash.suffix(tokens.hash[t], tokens.text.units(), start, from, end);
		return table.get(hash, tokens.text, from, end);
	}

	/**
	 * Every written form of every number word: the bare word wins over a proclitic
	 * reading, and a proclitic is allowed only when the rest is long enough not to be a
	 * different word: two letters after و, three after the others (لست «I am not» and
	 * الست are not ل + ست).
	 */
	private static Map<String, WordForm> forms(Map<String, NumberWord> numberWords) {
		Map<String, WordForm> forms = new HashMap<>();
		numberWords.forEach((word, entry) -> forms.put(word, new WordForm(entry, 0, false)));
		for (String proclitic : PROCLITICS) {
			int minimum = proclitic.equals(WAW) ? MIN_STEM_AFTER_WAW : MIN_STEM_AFTER_OTHER;
			numberWords.forEach((word, entry) -> {
				if (word.length() >= minimum) {
					forms.putIfAbsent(proclitic + word,
							new WordForm(entry, proclitic.length(), proclitic.startsWith(WAW)));
				}
			});
		}
		return forms;
	}

	/**
	 * The roles of a word token as a one-word cue, read from {@code from} (its start, or
	 * after its conjunction), possibly empty.
	 */
	Set<ContextRole> roles(Tokens tokens, int t, int from) {
		Set<ContextRole> found = lookUp(this.roles, tokens, t, from);
		return (found != null) ? found : Collections.emptySet();
	}

	/**
	 * Qualifier cues read before a number whose last word is a word token, read from
	 * {@code from}.
	 */
	List<Cue> cuesEndingWith(Tokens tokens, int t, int from) {
		List<Cue> found = lookUp(this.cuesByLastWord, tokens, t, from);
		return (found != null) ? found : Collections.emptyList();
	}

	/** Qualifier and percentage cues read after a number, by their first word token. */
	List<Cue> cuesStartingWith(Tokens tokens, int t) {
		List<Cue> found = lookUp(this.cuesByFirstWord, tokens, t, tokens.start[t]);
		return (found != null) ? found : Collections.emptyList();
	}

	private static NumberWord numberWord(String[] columns) {
		WordKind kind = WordKind.valueOf(columns[1]);
		BigDecimal value = number(columns[2]);
		BigDecimal low = (columns.length > 3) ? number(columns[3]) : null;
		BigDecimal high = (columns.length > 4) ? number(columns[4]) : null;
		return new NumberWord(kind, value, low, high);
	}

	private static BigDecimal number(String text) {
		int slash = text.indexOf('/');
		if (slash < 0) {
			return new BigDecimal(text);
		}
		return new BigDecimal(text.substring(0, slash)).divide(new BigDecimal(text.substring(slash + 1)),
				FRACTION_PRECISION);
	}

	private static Cue cue(String[] columns) {
		List<String> cueWords = Arrays.stream(columns[0].split(" ")).map(ArabicFolding::fold).toList();
		Qualifier qualifier = (columns.length > 2) ? Qualifier.valueOf(columns[2]) : null;
		return new Cue(cueWords, ContextRole.valueOf(columns[1]), qualifier);
	}

	private static void read(String resource, Consumer<String[]> row) {
		try (InputStream in = NumberVocabulary.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing vocabulary resource " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					row.accept(line.split("\t"));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read vocabulary resource " + resource, ex);
		}
	}

}
