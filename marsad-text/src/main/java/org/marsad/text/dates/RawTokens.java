package org.marsad.text.dates;

/**
 * Tokens as first read, before phrases of several words are joined into one.
 */
final class RawTokens {

	private final int[] start;

	private final int[] end;

	private final WordKind[] kind;

	private final int[] value;

	private final int[] digits;

	private final boolean[] conjoined;

	private final String[] base;

	private int count;

	RawTokens(int capacity) {
		this.start = new int[capacity];
		this.end = new int[capacity];
		this.kind = new WordKind[capacity];
		this.value = new int[capacity];
		this.digits = new int[capacity];
		this.conjoined = new boolean[capacity];
		this.base = new String[capacity];
	}

	void add(int from, int to, WordKind wordKind, int wordValue, String baseForm, boolean withWaw) {
		this.start[this.count] = from;
		this.end[this.count] = to;
		this.kind[this.count] = wordKind;
		this.value[this.count] = wordValue;
		this.base[this.count] = baseForm;
		this.conjoined[this.count] = withWaw;
		this.count++;
	}

	void addNumber(int from, int to, int number, int digitCount) {
		this.digits[this.count] = digitCount;
		add(from, to, WordKind.NUMBER, number, null, false);
	}

	/**
	 * Joins runs of words that form a phrase of the lexicon, longest first, and compacts
	 * the arrays in place.
	 * @param lexicon the phrases
	 * @return the final tokens
	 */
	DateTokens mergePhrases(DateLexicon lexicon) {
		int out = 0;
		StringBuilder key = new StringBuilder();
		int i = 0;
		while (i < this.count) {
			int length = 1;
			Lexeme found = null;
			if (this.base[i] != null) {
				key.setLength(0);
				key.append(this.base[i]);
				for (int k = 1; k < lexicon.longestPhrase() && i + k < this.count && this.base[i + k] != null; k++) {
					key.append(DateLexicon.PHRASE_SEPARATOR).append(this.base[i + k]);
					Lexeme phrase = lexicon.phrase(key.toString());
					if (phrase != null) {
						found = phrase;
						length = k + 1;
					}
				}
			}
			copy(i, out);
			if (found != null) {
				this.end[out] = this.end[i + length - 1];
				this.kind[out] = found.kind();
				this.value[out] = found.value();
			}
			out++;
			i += length;
		}
		return new DateTokens(this.start, this.end, this.kind, this.value, this.digits, this.conjoined, out);
	}

	private void copy(int from, int to) {
		this.start[to] = this.start[from];
		this.end[to] = this.end[from];
		this.kind[to] = this.kind[from];
		this.value[to] = this.value[from];
		this.digits[to] = this.digits[from];
		this.conjoined[to] = this.conjoined[from];
	}

}
