package org.marsad.text;

import java.math.BigDecimal;

import org.marsad.text.vocabulary.Qualifier;

/**
 * A number found in a text, as an interval with the qualifier it was stated with.
 *
 * @param start start of the span (UTF-16 index into the original text)
 * @param end exclusive end of the span
 * @param text the original slice
 * @param qualifier how the number was stated
 * @param low low bound or {@code null}
 * @param best best estimate or {@code null} (vague quantities)
 * @param high high bound or {@code null}
 * @param percent whether the number is a percentage
 */
public record NumberMention(int start, int end, String text, Qualifier qualifier, BigDecimal low, BigDecimal best,
		BigDecimal high, boolean percent) {
}
