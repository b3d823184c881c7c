package org.marsad.text.places;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.marsad.text.normalize.ArabicFolding;
import org.marsad.text.normalize.FoldedText;
import org.marsad.text.normalize.Proclitics;
import org.marsad.text.normalize.TokenTable;
import org.marsad.text.normalize.Words;

/**
 * A dictionary of names as sequences of folded words, for longest-match lookup in a
 * folded text. Places and actors share it.
 *
 * <p>
 * Rules:
 * <ul>
 * <li>names are folded with {@link ArabicFolding} and split by {@link Words}, the same
 * steps the text goes through</li>
 * <li>every distinct word gets an id in a {@link TokenTable}; a name is its first word's
 * id plus the ids of the rest</li>
 * <li>names are grouped by first word, longest first, so the first that fits is the
 * longest</li>
 * <li>names that fold to the same words share one entry holding all their values</li>
 * <li>proclitics ({@link Proclitics}) are tried on the first word only, with the readings
 * the text's {@link Words} found once for every dictionary</li>
 * </ul>
 *
 * @param <T> what a name stands for
 */
public final class NameIndex<T> {

	private static final int[] NO_WORDS = {};

	/** A word whose id has not been looked up yet. */
	private static final int UNKNOWN = -2;

	private final TokenTable words;

	private final Phrase<T>[][] byFirstWord;

	private NameIndex(TokenTable words, Phrase<T>[][] byFirstWord) {
		this.words = words;
		this.byFirstWord = byFirstWord;
	}

	/**
	 * Starts a builder.
	 * @param <T> what names stand for
	 * @return a builder
	 */
	public static <T> Builder<T> builder() {
		return new Builder<>();
	}

	/**
	 * Prepares the lookups in a folded string (a name, a test phrase).
	 * @param text the folded text
	 * @return a scan over its words
	 */
	public Scan scan(CharSequence text) {
		return new Scan(FoldedText.of(text.toString()));
	}

	/**
	 * Prepares the lookups in one text, on the words it was split into once for all
	 * recognisers.
	 * @param text the folded text
	 * @return a scan over its words
	 */
	public Scan scan(FoldedText text) {
		return new Scan(text);
	}

	/**
	 * A name found in a text.
	 *
	 * @param <T> what the name stands for
	 * @param start folded start of the span
	 * @param end folded exclusive end of the span
	 * @param endWord index of the first word after the name
	 * @param values what the name stands for, in the order added
	 */
	public record Match<T>(int start, int end, int endWord, List<T> values) {
	}

	private record Phrase<T>(int[] rest, List<T> values) {
	}

	/**
	 * Lookups in one text; a word is looked up when first needed. Not thread-safe; make
	 * one per text.
	 */
	public final class Scan {

		private final FoldedText text;

		private final Words spans;

		private final int[] wordIds;

		private Scan(FoldedText text) {
			this.text = text;
			this.spans = text.words();
			this.wordIds = new int[this.spans.count()];
			Arrays.fill(this.wordIds, UNKNOWN);
		}

		/** The words of the text. */
		public Words words() {
			return this.spans;
		}

		/**
		 * The folded id of a word, to compare words without building strings.
		 * @param word index of the word
		 * @return its id or -1 when no name holds it
		 */
		public int wordId(int word) {
			int id = this.wordIds[word];
			if (id == UNKNOWN) {
				id = NameIndex.this.words.idOf(this.spans.hash(word), "", this.text, this.spans.start(word),
						this.spans.end(word));
				this.wordIds[word] = id;
			}
			return id;
		}

		/**
		 * The longest name starting at a word.
		 * @param word index of the word
		 * @param proclitics whether proclitics may precede the name
		 * @return the match or {@code null}
		 */
		public Match<T> longestAt(int word, boolean proclitics) {
			int count = proclitics ? this.spans.readingCount(word) : 1;
			int end = this.spans.end(word);
			Match<T> best = null;
			for (int c = 0; c < count; c++) {
				int first;
				int spanStart;
				if (c == 0) {
					first = wordId(word);
					spanStart = this.spans.start(word);
				}
				else {
					int reading = this.spans.reading(word, c);
					String prefix = Proclitics.restoresArticle(reading) ? Proclitics.ARTICLE : "";
					first = NameIndex.this.words.idOf(this.spans.readingHash(word, c), prefix, this.text,
							Proclitics.lookupStart(reading), end);
					spanStart = Proclitics.spanStart(reading);
				}
				if (first == TokenTable.ABSENT || NameIndex.this.byFirstWord[first] == null) {
					continue;
				}
				Phrase<T> phrase = longestPhrase(NameIndex.this.byFirstWord[first], word);
				if (phrase != null && (best == null || word + 1 + phrase.rest().length > best.endWord())) {
					int endWord = word + 1 + phrase.rest().length;
					best = new Match<>(spanStart, this.spans.end(endWord - 1), endWord, phrase.values());
				}
			}
			return best;
		}

		private Phrase<T> longestPhrase(Phrase<T>[] phrases, int word) {
			for (Phrase<T> phrase : phrases) {
				int[] rest = phrase.rest();
				if (word + rest.length >= this.spans.count()) {
					continue;
				}
				boolean fits = true;
				for (int k = 0; k < rest.length && fits; k++) {
					fits = wordId(word + 1 + k) == rest[k];
				}
				if (fits) {
					return phrase;
				}
			}
			return null;
		}

	}

	/**
	 * Collects names.
	 *
	 * @param <T> what names stand for
	 */
	public static final class Builder<T> {

		private final Map<String, Integer> wordIds = new LinkedHashMap<>();

		private final Map<String, int[]> phraseWords = new HashMap<>();

		private final Map<String, List<T>> phraseValues = new LinkedHashMap<>();

		private Builder() {
		}

		/**
		 * Adds a name; names without a word of two letters or more are ignored.
		 * @param name the name as written
		 * @param value what it stands for
		 * @return this builder
		 */
		public Builder<T> add(String name, T value) {
			String folded = ArabicFolding.fold(name);
			Words spans = Words.of(folded);
			if (spans.count() == 0 || (spans.count() == 1 && spans.end(0) - spans.start(0) < 2)) {
				return this;
			}
			int[] ids = new int[spans.count()];
			StringBuilder key = new StringBuilder();
			for (int i = 0; i < spans.count(); i++) {
				String word = folded.substring(spans.start(i), spans.end(i));
				ids[i] = this.wordIds.computeIfAbsent(word, (w) -> this.wordIds.size());
				key.append(ids[i]).append(' ');
			}
			String phrase = key.toString();
			this.phraseWords.putIfAbsent(phrase, ids);
			List<T> values = this.phraseValues.computeIfAbsent(phrase, (p) -> new ArrayList<>(1));
			if (!values.contains(value)) {
				values.add(value);
			}
			return this;
		}

		/**
		 * Builds the index.
		 * @return an immutable index
		 */
		@SuppressWarnings("unchecked")
		public NameIndex<T> build() {
			TokenTable table = new TokenTable(new ArrayList<>(this.wordIds.keySet()));
			List<List<Phrase<T>>> grouped = new ArrayList<>(this.wordIds.size());
			for (int i = 0; i < this.wordIds.size(); i++) {
				grouped.add(null);
			}
			this.phraseValues.forEach((key, values) -> {
				int[] ids = this.phraseWords.get(key);
				int[] rest = (ids.length > 1) ? Arrays.copyOfRange(ids, 1, ids.length) : NO_WORDS;
				List<Phrase<T>> group = grouped.get(ids[0]);
				if (group == null) {
					group = new ArrayList<>(1);
					grouped.set(ids[0], group);
				}
				group.add(new Phrase<>(rest, List.copyOf(values)));
			});
			Phrase<T>[][] byFirst = new Phrase[grouped.size()][];
			for (int i = 0; i < grouped.size(); i++) {
				List<Phrase<T>> group = grouped.get(i);
				if (group != null) {
					group.sort(Comparator.comparingInt((Phrase<T> p) -> p.rest().length).reversed());
					byFirst[i] = group.toArray(new Phrase[0]);
				}
			}
			return new NameIndex<>(table, byFirst);
		}

	}

}
