package org.marsad.text;

import java.time.LocalDate;

import org.marsad.text.vocabulary.DatePrecision;

/**
 * A date or date range found in a text, resolved to an interval.
 *
 * @param start start of the span
 * @param end exclusive end of the span
 * @param text the original slice
 * @param from first day of the interval
 * @param to last day of the interval (inclusive)
 * @param precision how precisely the interval is known
 */
public record DateMention(int start, int end, String text, LocalDate from, LocalDate to, DatePrecision precision) {
}
