package org.marsad.text.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.marsad.text.normalize.ArabicFolding;
import org.marsad.text.normalize.FoldedText;
import org.marsad.text.normalize.Proclitics;
import org.marsad.text.normalize.TokenTable;
import org.marsad.text.normalize.Vocabulary;
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
 * <li>every distinct word gets an id in a {@link Vocabulary}, which several indexes may
 * share; a name is its first word's id plus the ids of the rest</li>
 * <li>names are grouped by first word, longest first, so the first that fits is the
 * longest</li>
 * <li>names that fold to the same words share one entry holding all their values</li>
 * <li>proclitics ({@link Proclitics}) are tried on the first word only, with the readings
 * the text's {@link Words} found once for every dictionary; each reading is looked up
 * once per text and vocabulary ({@link FoldedText#readingIds(Vocabulary)}), for every
 * index that shares it</li>
 * </ul>
 *
 * @param <T> what a name stands for
 */
public final class NameIndex<T> {

	private static final int[] NO_WORDS = {};

	private final Vocabulary vocabulary;

	/**
	 * Names by the id of their first word; ids the vocabulary gave after this index was
	 * built lie past its end.
	 */
	private final Phrase<T>[][] byFirstWord;

	private NameIndex(Vocabulary vocabulary, Phrase<T>[][] byFirstWord) {
		this.vocabulary = vocabulary;
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
	 * The vocabulary the index looks its words up in.
	 * @return the vocabulary, possibly shared
	 */
	public Vocabulary vocabulary() {
		return this.vocabulary;
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

		private final Words spans;

		private final int[] readingIds;

		private final int[] firstReading;

		private Scan(FoldedText text) {
			this.spans = text.words();
			this.readingIds = text.readingIds(NameIndex.this.vocabulary);
			this.firstReading = this.spans.readingSlotsByWord();
		}

		/** The words of the text. */
		public Words words() {
			return this.spans;
		}

		/**
		 * The folded id of a word, to compare words without building strings.
		 * @param word index of the word
		 * @return its id or -1 when no name of the vocabulary holds it
		 */
		public int wordId(int word) {
			return this.readingIds[this.firstReading[word]];
		}

		/**
		 * The longest name starting at a word.
		 * @param word index of the word
		 * @param proclitics whether proclitics may precede the name
		 * @return the match or {@code null}
		 */
		public Match<T> longestAt(int word, boolean proclitics) {
			int slot = this.firstReading[word];
			int count = proclitics ? this.firstReading[word + 1] - slot : 1;
			Phrase<T>[][] byFirst = NameIndex.this.byFirstWord;
			Match<T> best = null;
			for (int c = 0; c < count; c++) {
				int first = this.readingIds[slot + c];
				if (first == TokenTable.ABSENT || first >= byFirst.length || byFirst[first] == null) {
					continue;
				}
				Phrase<T> phrase = longestPhrase(byFirst[first], word);
				if (phrase != null && (best == null || word + 1 + phrase.rest().length > best.endWord())) {
					int endWord = word + 1 + phrase.rest().length;
					int spanStart = (c == 0) ? this.spans.start(word)
							: Proclitics.spanStart(this.spans.reading(word, c));
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
		 * Builds the index with a vocabulary of its own.
		 * @return an immutable index
		 */
		public NameIndex<T> build() {
			Vocabulary own = new Vocabulary();
			NameIndex<T> index = build(own);
			own.seal();
			return index;
		}

		/**
		 * Builds the index on a vocabulary shared with other indexes, so that a text's
		 * words are looked up once for all of them. The index answers once the vocabulary
		 * is sealed.
		 * @param vocabulary the shared vocabulary, not yet sealed
		 * @return an immutable index
		 */
		@SuppressWarnings("unchecked")
		public NameIndex<T> build(Vocabulary vocabulary) {
			int[] shared = new int[this.wordIds.size()];
			this.wordIds.forEach((word, id) -> shared[id] = vocabulary.add(word));
			List<List<Phrase<T>>> grouped = new ArrayList<>(vocabulary.size());
			for (int i = 0; i < vocabulary.size(); i++) {
				grouped.add(null);
			}
			this.phraseValues.forEach((key, values) -> {
				int[] ids = this.phraseWords.get(key);
				int[] rest = NO_WORDS;
				if (ids.length > 1) {
					rest = new int[ids.length - 1];
					for (int k = 1; k < ids.length; k++) {
						rest[k - 1] = shared[ids[k]];
					}
				}
				int first = shared[ids[0]];
				List<Phrase<T>> group = grouped.get(first);
				if (group == null) {
					group = new ArrayList<>(1);
					grouped.set(first, group);
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
			return new NameIndex<>(vocabulary, byFirst);
		}

	}

}
