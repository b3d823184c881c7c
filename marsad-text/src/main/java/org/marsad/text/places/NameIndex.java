package org.marsad.text.places;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
 * <li>names are grouped by first word, then by second word, longest first, so the first
 * that fits is the longest</li>
 * <li>the index marks its first words in the vocabulary, and a word whose readings start
 * none of its names is passed with one test ({@link FoldedText#nameStarts})</li>
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

	/** This index's bit in the vocabulary ({@link Vocabulary#dictionary()}). */
	private final int bit;

	/**
	 * Names by the id of their first word; ids the vocabulary gave after this index was
	 * built lie past its end.
	 */
	private final Group<T>[] byFirstWord;

	private NameIndex(Vocabulary vocabulary, int bit, Group<T>[] byFirstWord) {
		this.vocabulary = vocabulary;
		this.bit = bit;
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

	/**
	 * A name after its first word.
	 *
	 * @param <T> what the name stands for
	 * @param rest the ids of the words after the first
	 * @param values what the name stands for
	 */
	private record Phrase<T>(int[] rest, List<T> values) {
	}

	/**
	 * The names that start with one word: the one-word name, if any, and the longer ones
	 * by their second word, so that a word followed by a word of none of them (a
	 * nationality's «الجنسية», first of some fifty names) is passed with one search.
	 *
	 * @param <T> what the names stand for
	 * @param single the name of this one word, or {@code null}
	 * @param seconds the ids of the second words, ascending
	 * @param bySecond the longer names by second word, longest first
	 */
	private record Group<T>(Phrase<T> single, int[] seconds, Phrase<T>[][] bySecond) {
	}

	/**
	 * Lookups in one text; a word is looked up when first needed. Not thread-safe; make
	 * one per text.
	 */
	public final class Scan {

		private final Words spans;

		private final int[] readingIds;

		private final int[] firstReading;

		private final int[] nameStarts;

		private Scan(FoldedText text) {
			this.spans = text.words();
			this.readingIds = text.readingIds(NameIndex.this.vocabulary);
			this.nameStarts = text.nameStarts(NameIndex.this.vocabulary);
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
			int starts = proclitics ? this.nameStarts[word] : NameIndex.this.vocabulary.firstOf(this.readingIds[slot]);
			if ((starts & NameIndex.this.bit) == 0) {
				return null;
			}
			int count = proclitics ? this.firstReading[word + 1] - slot : 1;
			Group<T>[] byFirst = NameIndex.this.byFirstWord;
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

		/**
		 * The longest name of a group that the words from {@code word} on spell: the
		 * longer names of its second word, longest first, else the one-word name.
		 */
		private Phrase<T> longestPhrase(Group<T> group, int word) {
			int count = this.spans.count();
			if (group.seconds().length > 0 && word + 1 < count) {
				int at = Arrays.binarySearch(group.seconds(), wordId(word + 1));
				if (at >= 0) {
					for (Phrase<T> phrase : group.bySecond()[at]) {
						int[] rest = phrase.rest();
						if (word + rest.length >= count) {
							continue;
						}
						boolean fits = true;
						for (int k = 1; k < rest.length && fits; k++) {
							fits = wordId(word + 1 + k) == rest[k];
						}
						if (fits) {
							return phrase;
						}
					}
				}
			}
			return group.single();
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
		public NameIndex<T> build(Vocabulary vocabulary) {
			int bit = vocabulary.dictionary();
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
					vocabulary.markFirst(first, bit);
				}
				group.add(new Phrase<>(rest, List.copyOf(values)));
			});
			@SuppressWarnings("unchecked")
			Group<T>[] byFirst = new Group[grouped.size()];
			for (int i = 0; i < grouped.size(); i++) {
				if (grouped.get(i) != null) {
					byFirst[i] = group(grouped.get(i));
				}
			}
			return new NameIndex<>(vocabulary, bit, byFirst);
		}

		/**
		 * Groups the names of one first word by their second, each list longest first
		 * and, among names of one length, in the order they were added.
		 */
		@SuppressWarnings("unchecked")
		private static <T> Group<T> group(List<Phrase<T>> phrases) {
			Phrase<T> single = null;
			Map<Integer, List<Phrase<T>>> bySecond = new TreeMap<>();
			for (Phrase<T> phrase : phrases) {
				if (phrase.rest().length == 0) {
					single = phrase;
				}
				else {
					bySecond.computeIfAbsent(phrase.rest()[0], (id) -> new ArrayList<>(1)).add(phrase);
				}
			}
			int[] seconds = bySecond.keySet().stream().mapToInt(Integer::intValue).toArray();
			Phrase<T>[][] lists = new Phrase[seconds.length][];
			int i = 0;
			for (List<Phrase<T>> list : bySecond.values()) {
				list.sort(Comparator.comparingInt((Phrase<T> p) -> p.rest().length).reversed());
				lists[i++] = list.toArray(new Phrase[0]);
			}
			return new Group<>(single, seconds, lists);
		}

	}

}
