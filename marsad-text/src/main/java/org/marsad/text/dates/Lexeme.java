package org.marsad.text.dates;

/**
 * The meaning of one word or phrase of the date vocabulary.
 *
 * @param kind what the word is
 * @param value its value (month, weekday, offset, unit, number), see {@link WordKind}
 */
record Lexeme(WordKind kind, int value) {
}
