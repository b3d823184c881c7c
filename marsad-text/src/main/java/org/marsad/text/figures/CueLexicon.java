package org.marsad.text.figures;

import java.util.Arrays;
import java.util.List;

import org.marsad.text.normalize.ArabicFolding;
import org.marsad.text.normalize.FoldedText;

/**
 * A dictionary of cue words and phrases matched at word starts in folded text, allowing
 * the clitics and endings that Arabic attaches to a word.
 *
 * <p>
 * Rules:
 * <ul>
 * <li>forms are folded with {@link ArabicFolding} when added, exactly as the input
 * is</li>
 * <li>clitics before a form, endings after it and spaces inside a phrase are read as
 * {@link CueWords} reads them (after the light stemmer of Larkey, Ballesteros and
 * Connell, 2007)</li>
 * <li>a walk knows the end of the word it is in and looks for it again only when it steps
 * into the next word of a phrase</li>
 * <li>the longest match wins</li>
 * </ul>
 *
 * @param <T> what a cue stands for
 */
public final class CueLexicon<T> {

	private final Node root;

	private CueLexicon(Node root) {
		this.root = root;
	}

	/**
	 * Starts a lexicon.
	 * @param <T> what a cue stands for
	 * @return a builder
	 */
	public static <T> Builder<T> builder() {
		return new Builder<>();
	}

	/**
	 * Matches a cue at the start of a word.
	 * @param text folded text
	 * @param wordStart index of the first letter of a word
	 * @return the longest match, or {@code null}
	 */
	@SuppressWarnings("unchecked")
	public Match<T> match(FoldedText text, int wordStart) {
		char[] units = text.units();
		int n = text.length();
		int[] starts = new int[CueWords.MAX_STARTS];
		int count = CueWords.stemStarts(units, n, wordStart, starts);
		int firstEnd = CueWords.wordEnd(units, n, wordStart);
		int bestEnd = -1;
		Object bestValue = null;
		for (int s = 0; s < count; s++) {
			Node node = this.root;
			int i = starts[s];
			int run = firstEnd;
			int walkEnd = -1;
			Object walkValue = null;
			while (node != null) {
				if (i > run) {
					run = CueWords.wordEnd(units, n, i);
				}
				if (node.value != null && CueWords.endsWord(units, i, run)) {
					walkEnd = run;
					walkValue = node.value;
				}
				int next = CueWords.step(units, n, starts[s], i);
				node = (next < 0) ? null : node.child(CueWords.charAt(units, n, i));
				i = next;
			}
			if (walkEnd > bestEnd) {
				bestEnd = walkEnd;
				bestValue = walkValue;
			}
		}
		return (bestEnd < 0) ? null : new Match<>(wordStart, bestEnd, (T) bestValue);
	}

	/**
	 * Several lexicons matched together: their tries are merged into one, so that the
	 * walks from a word's starts are made once for all of them, and each lexicon gets the
	 * longest match it would get alone.
	 */
	public static final class Union {

		private final Node root = new Node();

		private final int size;

		/**
		 * Merges lexicons.
		 * @param lexicons the lexicons; the position of each is its slot in
		 * {@link #match}
		 */
		public Union(List<CueLexicon<?>> lexicons) {
			this.size = lexicons.size();
			for (int k = 0; k < this.size; k++) {
				merge(this.root, lexicons.get(k).root, k);
			}
			this.root.index();
		}

		private void merge(Node into, Node from, int slot) {
			if (from.value != null) {
				if (into.value == null) {
					into.value = new Object[this.size];
				}
				((Object[]) into.value)[slot] = from.value;
			}
			for (int c = 0; c < from.keys.length; c++) {
				merge(into.childOrNew(from.keys[c]), from.children[c], slot);
			}
		}

		/** The number of lexicons. */
		public int size() {
			return this.size;
		}

		/**
		 * Matches every lexicon at the start of a word.
		 * @param text folded text
		 * @param wordStart index of the first letter of a word
		 * @param ends receives, per lexicon, the folded exclusive end of its longest
		 * match or -1
		 * @param values receives, per lexicon, what its longest match stands for
		 * @param scratch working space of at least {@link #size()} + 12 ints
		 */
		public void match(FoldedText text, int wordStart, int[] ends, Object[] values, int[] scratch) {
			Arrays.fill(ends, 0, this.size, -1);
			char[] units = text.units();
			int n = text.length();
			int[] starts = scratch;
			int count = CueWords.stemStarts(units, n, wordStart, starts);
			int firstEnd = CueWords.wordEnd(units, n, wordStart);
			int walkOf = CueWords.MAX_STARTS;
			for (int s = 0; s < count; s++) {
				Node node = this.root;
				int i = starts[s];
				int run = firstEnd;
				while (node != null) {
					if (i > run) {
						run = CueWords.wordEnd(units, n, i);
					}
					if (node.value != null && CueWords.endsWord(units, i, run)) {
						record(run, (Object[]) node.value, s, ends, values, scratch, walkOf);
					}
					int next = CueWords.step(units, n, starts[s], i);
					node = (next < 0) ? null : node.child(CueWords.charAt(units, n, i));
					i = next;
				}
			}
		}

		/**
		 * Keeps a match of each lexicon that has one at this node when it is longer than
		 * what an earlier walk found, or deeper in the same walk (as each lexicon's own
		 * walk would).
		 */
		private void record(int end, Object[] found, int walk, int[] ends, Object[] values, int[] scratch, int walkOf) {
			for (int k = 0; k < this.size; k++) {
				if (found[k] != null && (end > ends[k] || (end == ends[k] && scratch[walkOf + k] == walk))) {
					ends[k] = end;
					values[k] = found[k];
					scratch[walkOf + k] = walk;
				}
			}
		}

	}

	/**
	 * A cue found in the text.
	 *
	 * @param <T> what the cue stands for
	 * @param start folded start (the word start, clitics included)
	 * @param end folded exclusive end (the word end, endings included)
	 * @param value what the cue stands for
	 */
	public record Match<T>(int start, int end, T value) {
	}

	/**
	 * Collects the forms of a lexicon.
	 *
	 * @param <T> what a cue stands for
	 */
	public static final class Builder<T> {

		private final Node root = new Node();

		/**
		 * Adds forms that stand for one value.
		 * @param value what they stand for
		 * @param forms words or phrases, as written
		 * @return this builder
		 */
		public Builder<T> add(T value, String... forms) {
			for (String form : forms) {
				String folded = ArabicFolding.fold(form.strip()).replaceAll("\\s+", " ");
				Node node = this.root;
				for (int i = 0; i < folded.length(); i++) {
					node = node.childOrNew(folded.charAt(i));
				}
				node.value = value;
			}
			return this;
		}

		/** The lexicon. */
		public CueLexicon<T> build() {
			this.root.index();
			return new CueLexicon<>(this.root);
		}

	}

	private static final class Node {

		private static final int TABLE_FROM = 8;

		private char[] keys = new char[0];

		private Node[] children = new Node[0];

		private Object value;

		private Node[] table;

		Node child(char c) {
			if (this.table != null) {
				return (c < this.table.length) ? this.table[c] : null;
			}
			for (int k = 0; k < this.keys.length; k++) {
				if (this.keys[k] == c) {
					return this.children[k];
				}
			}
			return null;
		}

		void index() {
			if (this.keys.length >= TABLE_FROM) {
				char highest = 0;
				for (char key : this.keys) {
					highest = (char) Math.max(highest, key);
				}
				this.table = new Node[highest + 1];
				for (int k = 0; k < this.keys.length; k++) {
					this.table[this.keys[k]] = this.children[k];
				}
			}
			for (Node child : this.children) {
				child.index();
			}
		}

		Node childOrNew(char c) {
			Node existing = child(c);
			if (existing != null) {
				return existing;
			}
			this.keys = Arrays.copyOf(this.keys, this.keys.length + 1);
			this.children = Arrays.copyOf(this.children, this.children.length + 1);
			this.keys[this.keys.length - 1] = c;
			Node created = new Node();
			this.children[this.children.length - 1] = created;
			return created;
		}

	}

}
