package org.marsad.text.figures;

import java.util.Arrays;
import java.util.List;

import org.marsad.text.normalize.ArabicFolding;
import org.marsad.text.normalize.ArabicLetters;
import org.marsad.text.normalize.CharClass;

/**
 * A dictionary of cue words and phrases matched at word starts in folded text, allowing
 * the clitics and endings that Arabic attaches to a word.
 *
 * <p>
 * Rules (after the light stemmer of Larkey, Ballesteros and Connell, "Light Stemming for
 * Arabic Information Retrieval", 2007, restricted to what reports use):
 * <ul>
 * <li>forms are folded with {@link ArabicFolding} when added, exactly as the input
 * is</li>
 * <li>a word may start with the conjunctions و or ف, then one of the prepositions ب، ل،
 * ك, then the article ال (لل for ل + ال)</li>
 * <li>after a form, the word may end with one of a few endings (pronoun suffixes, plural
 * and dual endings, tanween alef; English -s, -es, -ed)</li>
 * <li>a phrase matches across any run of spaces between words</li>
 * <li>the longest match wins</li>
 * </ul>
 *
 * @param <T> what a cue stands for
 */
public final class CueLexicon<T> {

	private static final char SPACE = ' ';

	/** Most starts a word gives: two conjunctions times two prepositions times three. */
	static final int MAX_STARTS = 12;

	private static final char LAM = '\u0644';

	private static final char BEH = '\u0628';

	private static final char FEH = '\u0641';

	private static final String[] ENDINGS = { "\u0647", "\u0647\u0627", "\u0647\u0645", "\u0627", "\u0627\u0646",
			"\u064A\u0646", "\u0648\u0646", "\u0627\u062A", "\u0648\u0627", "\u064A", "\u064A\u0647", "s", "es", "ed" };

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
	public Match<T> match(CharSequence text, int wordStart) {
		int[] starts = new int[MAX_STARTS];
		int count = stemStarts(text, wordStart, starts);
		int bestEnd = -1;
		Object bestValue = null;
		for (int s = 0; s < count; s++) {
			Node node = this.root;
			int i = starts[s];
			int walkEnd = -1;
			Object walkValue = null;
			while (node != null) {
				if (node.value != null && endsWord(text, i)) {
					walkEnd = wordEnd(text, i);
					walkValue = node.value;
				}
				int next = step(text, starts[s], i);
				node = (next < 0) ? null : node.child(charAt(text, i));
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
	 * Where a walk may start inside a word, in the order they are tried: after no
	 * conjunction, then after و or ف; within each, after no preposition, then after ب، ل
	 * or ك; and after each of those, also after the article (ال, or the ل of لل).
	 * @return how many starts were written
	 */
	private static int stemStarts(CharSequence text, int wordStart, int[] out) {
		int n = 0;
		int stem = wordStart;
		for (int conjunction = 0; conjunction < 2; conjunction++) {
			if (conjunction == 1) {
				if (!isConjunction(charAt(text, wordStart))) {
					break;
				}
				stem = wordStart + 1;
			}
			for (int preposition = 0; preposition < 2; preposition++) {
				int at = stem;
				if (preposition == 1) {
					if (!isPreposition(charAt(text, stem))) {
						break;
					}
					at = stem + 1;
				}
				out[n++] = at;
				if (charAt(text, at) == ArabicLetters.ALEF && charAt(text, at + 1) == LAM) {
					out[n++] = at + 2;
				}
				if (preposition == 1 && charAt(text, stem) == LAM && charAt(text, at) == LAM) {
					out[n++] = at + 1;
				}
			}
		}
		return n;
	}

	/**
	 * Whether a cue that ends at {@code i} ends a word there, directly or after one of
	 * the allowed endings.
	 */
	private static boolean endsWord(CharSequence text, int i) {
		int wordEnd = wordEnd(text, i);
		return wordEnd == i || isEnding(text, i, wordEnd);
	}

	/**
	 * The position after the unit at {@code i} that a walk started at {@code start} reads
	 * next, runs of spaces read as one; -1 when the walk must stop (the end of the text,
	 * or a unit that is neither a letter, a digit nor a space).
	 */
	private static int step(CharSequence text, int start, int i) {
		int n = text.length();
		if (i >= n || (i > start && !CharClass.isLetterOrDigit(text.charAt(i)) && text.charAt(i) != SPACE)) {
			return -1;
		}
		if (text.charAt(i) != SPACE) {
			return i + 1;
		}
		int j = i;
		while (j < n && text.charAt(j) == SPACE) {
			j++;
		}
		return j;
	}

	private static int wordEnd(CharSequence text, int from) {
		int i = from;
		while (i < text.length() && CharClass.isLetterOrDigit(text.charAt(i))) {
			i++;
		}
		return i;
	}

	private static boolean isEnding(CharSequence text, int from, int to) {
		int length = to - from;
		for (String ending : ENDINGS) {
			if (ending.length() == length && regionEquals(text, from, ending)) {
				return true;
			}
		}
		return false;
	}

	private static boolean regionEquals(CharSequence text, int from, String s) {
		for (int k = 0; k < s.length(); k++) {
			if (text.charAt(from + k) != s.charAt(k)) {
				return false;
			}
		}
		return true;
	}

	private static char charAt(CharSequence text, int i) {
		return (i >= 0 && i < text.length()) ? text.charAt(i) : SPACE;
	}

	private static boolean isConjunction(char c) {
		return c == ArabicLetters.WAW || c == FEH;
	}

	private static boolean isPreposition(char c) {
		return c == BEH || c == LAM || c == ArabicLetters.KAF;
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
		public void match(CharSequence text, int wordStart, int[] ends, Object[] values, int[] scratch) {
			Arrays.fill(ends, 0, this.size, -1);
			int[] starts = scratch;
			int count = stemStarts(text, wordStart, starts);
			int walkOf = MAX_STARTS;
			for (int s = 0; s < count; s++) {
				Node node = this.root;
				int i = starts[s];
				while (node != null) {
					if (node.value != null && endsWord(text, i)) {
						record(wordEnd(text, i), (Object[]) node.value, s, ends, values, scratch, walkOf);
					}
					int next = step(text, starts[s], i);
					node = (next < 0) ? null : node.child(charAt(text, i));
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
