package org.marsad.text.places;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.marsad.text.normalize.ArabicFolding;

/**
 * A dictionary of names as sequences of folded words, for longest-match lookup in a
 * folded text. Places and actors share it.
 *
 * <p>
 * Rules:
 * <ul>
 * <li>names are folded with {@link ArabicFolding} and split by {@link WordSpans}, the
 * same steps the text goes through</li>
 * <li>every distinct word gets an id in a {@link TokenTable}; a name is its first word's
 * id plus the ids of the rest</li>
 * <li>names are grouped by first word, longest first, so the first that fits is the
 * longest</li>
 * <li>names that fold to the same words share one entry holding all their values</li>
 * <li>proclitics ({@link Proclitics}) are tried on the first word only</li>
 * </ul>
 *
 * @param <T> what a name stands for
 */
public final class NameIndex<T> {

	private static final int[] NO_WORDS = {};

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
	 * Prepares the lookups in one text.
	 * @param text the folded text
	 * @return a scan over its words
	 */
	public Scan scan(CharSequence text) {
		return new Scan(text, WordSpans.of(text));
	}

	/**
	 * Prepares the lookups in one text whose words are already known.
	 * @param text the folded text
	 * @param words its words
	 * @return a scan over its words
	 */
	public Scan scan(CharSequence text, WordSpans words) {
		return new Scan(text, words);
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
	 * Lookups in one text. Not thread-safe; make one per text.
	 */
	public final class Scan {

		private final CharSequence text;

		private final WordSpans spans;

		private final int[] wordIds;

		private final int[] candidates = new int[Proclitics.MAX_CANDIDATES];

		private Scan(CharSequence text, WordSpans spans) {
			this.text = text;
			this.spans = spans;
			this.wordIds = new int[spans.count()];
			for (int i = 0; i < spans.count(); i++) {
				this.wordIds[i] = NameIndex.this.words.idOf("", text, spans.start(i), spans.end(i));
			}
		}

		/** The words of the text. */
		public WordSpans words() {
			return this.spans;
		}

		/**
		 * The folded id of a word, to compare words without building strings.
		 * @param word index of the word
		 * @return its id or -1 when no name holds it
		 */
		public int wordId(int word) {
			return this.wordIds[word];
		}

		/**
		 * The longest name starting at a word.
		 * @param word index of the word
		 * @param proclitics whether proclitics may precede the name
		 * @return the match or {@code null}
		 */
		public Match<T> longestAt(int word, boolean proclitics) {
			int count = proclitics
					? Proclitics.candidates(this.text, this.spans.start(word), this.spans.end(word), this.candidates)
					: 1;
			if (!proclitics) {
				this.candidates[0] = this.spans.start(word) << 1;
			}
			Match<T> best = null;
			for (int c = 0; c < count; c++) {
				int candidate = this.candidates[c];
				String prefix = Proclitics.restoresArticle(candidate) ? Proclitics.ARTICLE : "";
				int first = NameIndex.this.words.idOf(prefix, this.text, Proclitics.lookupStart(candidate),
						this.spans.end(word));
				if (first == TokenTable.ABSENT || NameIndex.this.byFirstWord[first] == null) {
					continue;
				}
				Phrase<T> phrase = longestPhrase(NameIndex.this.byFirstWord[first], word);
				if (phrase != null && (best == null || word + 1 + phrase.rest().length > best.endWord())) {
					int endWord = word + 1 + phrase.rest().length;
					best = new Match<>(Proclitics.spanStart(candidate), this.spans.end(endWord - 1), endWord,
							phrase.values());
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
					fits = this.wordIds[word + 1 + k] == rest[k];
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
			WordSpans spans = WordSpans.of(folded);
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
