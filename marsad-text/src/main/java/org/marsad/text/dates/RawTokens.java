package org.marsad.text.dates;

import java.util.Arrays;

/**
 * Tokens as first read, before phrases of several words are joined into one. Each word
 * carries the id its base form (without the conjunction and clitics stripped to find it)
 * has among the words of the lexicon's phrases, so that phrases are found by comparing
 * ids.
 */
final class RawTokens {

	private static final int MIN_CAPACITY = 16;

	/** Report text averages more than four characters a token (word and space). */
	private static final int CHARACTERS_PER_TOKEN = 4;

	private int[] start;

	private int[] end;

	private WordKind[] kind;

	private int[] value;

	private int[] digits;

	private boolean[] conjoined;

	private int[] phraseWord;

	private int count;

	RawTokens(int textLength) {
		int capacity = Math.max(MIN_CAPACITY, textLength / CHARACTERS_PER_TOKEN);
		this.start = new int[capacity];
		this.end = new int[capacity];
		this.kind = new WordKind[capacity];
		this.value = new int[capacity];
		this.digits = new int[capacity];
		this.conjoined = new boolean[capacity];
		this.phraseWord = new int[capacity];
	}

	void add(int from, int to, WordKind wordKind, int wordValue, int phraseWordId, boolean withWaw) {
		if (this.count == this.start.length) {
			grow();
		}
		this.start[this.count] = from;
		this.end[this.count] = to;
		this.kind[this.count] = wordKind;
		this.value[this.count] = wordValue;
		this.digits[this.count] = 0;
		this.phraseWord[this.count] = phraseWordId;
		this.conjoined[this.count] = withWaw;
		this.count++;
	}

	void addNumber(int from, int to, int number, int digitCount) {
		add(from, to, WordKind.NUMBER, number, DateLexicon.NO_PHRASE_WORD, false);
		this.digits[this.count - 1] = digitCount;
	}

	private void grow() {
		int capacity = this.start.length * 2;
		this.start = Arrays.copyOf(this.start, capacity);
		this.end = Arrays.copyOf(this.end, capacity);
		this.kind = Arrays.copyOf(this.kind, capacity);
		this.value = Arrays.copyOf(this.value, capacity);
		this.digits = Arrays.copyOf(this.digits, capacity);
		this.conjoined = Arrays.copyOf(this.conjoined, capacity);
		this.phraseWord = Arrays.copyOf(this.phraseWord, capacity);
	}

	/**
	 * Joins runs of words that form a phrase of the lexicon, longest first, and compacts
	 * the arrays in place.
	 * @param lexicon the phrases
	 * @return the final tokens
	 */
	DateTokens mergePhrases(DateLexicon lexicon) {
		int out = 0;
		int i = 0;
		while (i < this.count) {
			DateLexicon.Phrase found = lexicon.phraseAt(this.phraseWord, i, this.count);
			int length = (found != null) ? found.length() : 1;
			if (out != i) {
				copy(i, out);
			}
			if (found != null) {
				this.end[out] = this.end[i + length - 1];
				this.kind[out] = found.lexeme().kind();
				this.value[out] = found.lexeme().value();
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
