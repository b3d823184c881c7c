package org.marsad.text.figures;

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

	private final CueNode root;

	private CueLexicon(CueNode root) {
		this.root = root;
	}

	/** The trie of the forms, for {@link CueUnion} to merge. */
	CueNode root() {
		return this.root;
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
			CueNode node = this.root;
			int i = starts[s];
			int run = firstEnd;
			int walkEnd = -1;
			Object walkValue = null;
			while (node != null) {
				if (i > run) {
					run = CueWords.wordEnd(units, n, i);
				}
				if (node.value() != null && CueWords.endsWord(units, i, run)) {
					walkEnd = run;
					walkValue = node.value();
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

		private final CueNode root = new CueNode();

		/**
		 * Adds forms that stand for one value.
		 * @param value what they stand for
		 * @param forms words or phrases, as written
		 * @return this builder
		 */
		public Builder<T> add(T value, String... forms) {
			for (String form : forms) {
				String folded = ArabicFolding.fold(form.strip()).replaceAll("\\s+", " ");
				CueNode node = this.root;
				for (int i = 0; i < folded.length(); i++) {
					node = node.childOrNew(folded.charAt(i));
				}
				node.value(value);
			}
			return this;
		}

		/** The lexicon. */
		public CueLexicon<T> build() {
			this.root.index();
			return new CueLexicon<>(this.root);
		}

	}

}
