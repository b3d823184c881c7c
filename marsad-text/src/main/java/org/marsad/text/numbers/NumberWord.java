package org.marsad.text.numbers;

import java.math.BigDecimal;

/**
 * One entry of the number-word vocabulary.
 *
 * @param kind how the word combines with its neighbours
 * @param value its value (the multiplier for scales and vague plurals)
 * @param low low bound of a vague word, otherwise {@code null}
 * @param high high bound of a vague word, otherwise {@code null}
 */
record NumberWord(WordKind kind, BigDecimal value, BigDecimal low, BigDecimal high) {

	boolean is(WordKind other) {
		return this.kind == other;
	}

}
