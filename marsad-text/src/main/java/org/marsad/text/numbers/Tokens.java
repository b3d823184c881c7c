package org.marsad.text.numbers;

import java.math.BigDecimal;
import java.util.Arrays;

import org.marsad.text.normalize.FoldedText;

/**
 * The tokens of one folded text, kept in parallel arrays so that a long text costs a few
 * arrays rather than an object per token. Built by {@link Tokenizer}, read by
 * {@link NumberGrammar} and the context rules; used by one call only.
 */
final class Tokens {

	/** A run of letters. */
	static final int WORD = 0;

	/** Digits read as a number by {@link NumeralReader}. */
	static final int NUMERAL = 1;

	/** Digits that are not a count: a date, a clock time, a code or an overlong run. */
	static final int NOT_A_COUNT = 2;

	/** One character that is neither a letter, a digit nor a space. */
	static final int MARK = 3;

	/** Numeral flag: written as a/b. */
	static final int SLASH_FRACTION = 1;

	/** Numeral flag: a letter follows without a space (10000دولار، M4). */
	static final int GLUED_AFTER = 2;

	/** Numeral flag: part of a Latin code (UN1325، F-16). */
	static final int CODE = 4;

	/** Numeral flag: digits only, no separator, sign or decimals. */
	static final int PLAIN_INTEGER = 8;

	/** The Arabic conjunction written as a word of its own (و ٢١). */
	private static final String WAW = "و";

	private static final String AND = "and";

	private static final int MIN_CAPACITY = 64;

	/**
	 * Report text averages more than five characters a token (word and space); a little
	 * room for marks and digits spares most texts a copy of every array.
	 */
	private static final int CHARACTERS_PER_TOKEN = 4;

	final FoldedText text;

	int size;

	int[] kind;

	int[] start;

	int[] end;

	/** For words: where the word proper starts after its proclitics. */
	int[] stem;

	/** For words: whether a conjunction و stands before the word proper. */
	boolean[] waw;

	NumberWord[] word;

	/** For words: the hash of the word's units, as {@link String#hashCode()} gives it. */
	int[] hash;

	BigDecimal[] value;

	int[] flags;

	Tokens(FoldedText text) {
		this.text = text;
		int capacity = Math.max(MIN_CAPACITY, text.length() / CHARACTERS_PER_TOKEN);
		this.kind = new int[capacity];
		this.start = new int[capacity];
		this.end = new int[capacity];
		this.stem = new int[capacity];
		this.waw = new boolean[capacity];
		this.word = new NumberWord[capacity];
		this.hash = new int[capacity];
		this.value = new BigDecimal[capacity];
		this.flags = new int[capacity];
	}

	int add(int tokenKind, int tokenStart, int tokenEnd) {
		if (this.size == this.kind.length) {
			grow();
		}
		int t = this.size++;
		this.kind[t] = tokenKind;
		this.start[t] = tokenStart;
		this.end[t] = tokenEnd;
		this.stem[t] = tokenStart;
		return t;
	}

	private void grow() {
		int capacity = this.kind.length * 2;
		this.kind = Arrays.copyOf(this.kind, capacity);
		this.start = Arrays.copyOf(this.start, capacity);
		this.end = Arrays.copyOf(this.end, capacity);
		this.stem = Arrays.copyOf(this.stem, capacity);
		this.waw = Arrays.copyOf(this.waw, capacity);
		this.word = Arrays.copyOf(this.word, capacity);
		this.hash = Arrays.copyOf(this.hash, capacity);
		this.value = Arrays.copyOf(this.value, capacity);
		this.flags = Arrays.copyOf(this.flags, capacity);
	}

	boolean isWord(int t) {
		return t >= 0 && t < this.size && this.kind[t] == WORD;
	}

	boolean isNumeral(int t) {
		return t >= 0 && t < this.size && this.kind[t] == NUMERAL;
	}

	boolean isMark(int t, char mark) {
		return t >= 0 && t < this.size && this.kind[t] == MARK && this.text.charAt(this.start[t]) == mark;
	}

	boolean has(int t, int flag) {
		return (this.flags[t] & flag) != 0;
	}

	/** The number word of token {@code t}, or {@code null}. */
	NumberWord numberWord(int t) {
		return isWord(t) ? this.word[t] : null;
	}

	boolean isNumberWord(int t, WordKind wordKind) {
		NumberWord w = numberWord(t);
		return w != null && w.kind() == wordKind;
	}

	/** Whether token {@code t} is a word of Latin letters. */
	boolean isLatin(int t) {
		return isWord(t) && this.text.charAt(this.start[t]) < 0x80;
	}

	/** Whether token {@code t} is a conjunction standing alone: و or and. */
	boolean isConjunction(int t) {
		return spells(t, WAW) || spells(t, AND);
	}

	/** Whether the folded characters of token {@code t} spell {@code word}. */
	boolean spells(int t, String folded) {
		return isWord(t) && sameChars(this.start[t], this.end[t], folded);
	}

	/** Whether token {@code t} spells {@code word} after a leading conjunction و. */
	boolean spellsAfterWaw(int t, String folded) {
		return isWord(t) && this.waw[t] && sameChars(this.start[t] + 1, this.end[t], folded);
	}

	private boolean sameChars(int from, int to, String folded) {
		if (to - from != folded.length()) {
			return false;
		}
		for (int i = 0; i < folded.length(); i++) {
			if (this.text.charAt(from + i) != folded.charAt(i)) {
				return false;
			}
		}
		return true;
	}

}
