package org.marsad.text.dates;

/**
 * A number read from one or more tokens.
 *
 * @param value the number
 * @param end token index after it
 */
record Slot(int value, int end) {
}
