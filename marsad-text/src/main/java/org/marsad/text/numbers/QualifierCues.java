package org.marsad.text.numbers;

import org.marsad.text.vocabulary.Qualifier;

/**
 * Finds the words around a number that say how it was stated (DESIGN, "Figure
 * qualifiers") and whether it is a percentage.
 * <ul>
 * <li>a cue before the number ends right before it (أكثر من 6000، ما لا يقل عن 300); its
 * first word may carry و (ونحو 200)</li>
 * <li>a cue after the number may follow the counted noun, up to two words later («قتل 5
 * أشخاص على الأقل»), but never past another number or a punctuation mark</li>
 * <li>a percentage is a % or ٪ sign or a percentage word right after the number (30
 * بالمئة، 30 في المائة), or a percentage word right before it (بنسبة 30)</li>
 * </ul>
 */
final class QualifierCues {

	private static final int MAX_WORDS_BEFORE_AFTER_CUE = 2;

	private static final char PERCENT_SIGN = '%';

	private static final char ARABIC_PERCENT_SIGN = '\u066A';

	private final NumberVocabulary vocabulary;

	QualifierCues(NumberVocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	/**
	 * The cue that ends right before token {@code first}, starting no earlier than
	 * {@code floor}.
	 */
	CueMatch before(Tokens tokens, int first, int floor) {
		int k = first - 1;
		if (k < floor || !tokens.isWord(k)) {
			return null;
		}
		CueMatch match = endingAt(tokens, k, tokens.start[k], floor);
		if (match == null && tokens.waw[k]) {
			match = endingAt(tokens, k, tokens.start[k] + 1, floor);
		}
		return match;
	}

	private CueMatch endingAt(Tokens tokens, int k, int from, int floor) {
		for (Cue cue : this.vocabulary.cuesEndingWith(tokens, k, from)) {
			int firstToken = k - cue.size() + 1;
			if (firstToken >= floor && spellsFrom(tokens, firstToken, cue, cue.size() - 1)) {
				return new CueMatch(firstToken, cue.qualifier());
			}
		}
		return null;
	}

	/** The qualifier cue after the number that ends at token {@code last}. */
	CueMatch after(Tokens tokens, int last) {
		int k = last + 1;
		for (int skipped = 0; skipped <= MAX_WORDS_BEFORE_AFTER_CUE && tokens.isWord(k); skipped++) {
			CueMatch match = startingAt(tokens, k, ContextRole.AFTER);
			if (match != null) {
				return match;
			}
			if (tokens.word[k] != null) {
				return null;
			}
			k++;
		}
		return null;
	}

	/** The last token of a percentage sign or word after token {@code last}, or -1. */
	int percentEnd(Tokens tokens, int last) {
		if (tokens.isMark(last + 1, PERCENT_SIGN) || tokens.isMark(last + 1, ARABIC_PERCENT_SIGN)) {
			return last + 1;
		}
		CueMatch match = startingAt(tokens, last + 1, ContextRole.PERCENT);
		return (match != null) ? match.token() : -1;
	}

	/**
	 * The percentage word right before token {@code first} (بنسبة 30), or -1; not before
	 * {@code floor}.
	 */
	int percentStart(Tokens tokens, int first, int floor) {
		int k = first - 1;
		if (k < floor || !tokens.isWord(k)) {
			return -1;
		}
		boolean cue = this.vocabulary.roles(tokens, k, tokens.start[k]).contains(ContextRole.PERCENT_BEFORE);
		return cue ? k : -1;
	}

	private CueMatch startingAt(Tokens tokens, int k, ContextRole role) {
		if (!tokens.isWord(k)) {
			return null;
		}
		for (Cue cue : this.vocabulary.cuesStartingWith(tokens, k)) {
			if (cue.role() == role && spellsFrom(tokens, k, cue, 0)) {
				Qualifier qualifier = cue.qualifier();
				return new CueMatch(k + cue.size() - 1, qualifier);
			}
		}
		return null;
	}

	/**
	 * Whether the cue's words other than the one already matched (at {@code matched}) are
	 * spelled from token {@code firstToken} on; the first word may carry و.
	 */
	private static boolean spellsFrom(Tokens tokens, int firstToken, Cue cue, int matched) {
		for (int i = 0; i < cue.size(); i++) {
			if (i == matched) {
				continue;
			}
			String word = cue.words().get(i);
			int t = firstToken + i;
			boolean spelled = tokens.spells(t, word) || (i == 0 && tokens.spellsAfterWaw(t, word));
			if (!spelled) {
				return false;
			}
		}
		return true;
	}

}
