package org.marsad.text.numbers;

import java.math.BigDecimal;

/**
 * A number read by {@link NumberGrammar}, before its context is considered.
 *
 * @param first first token
 * @param last last token (inclusive)
 * @param value the value, or {@code null} for a vague quantity
 * @param low low bound of a vague quantity
 * @param high high bound of a vague quantity
 */
record Reading(int first, int last, BigDecimal value, BigDecimal low, BigDecimal high) {

	static Reading exact(int first, int last, BigDecimal value) {
		return new Reading(first, last, value, null, null);
	}

	static Reading vague(int first, int last, BigDecimal low, BigDecimal high) {
		return new Reading(first, last, null, low, high);
	}

	boolean isVague() {
		return this.value == null;
	}

	Reading negated(int from) {
		return new Reading(from, this.last, this.value.negate(), null, null);
	}

}
