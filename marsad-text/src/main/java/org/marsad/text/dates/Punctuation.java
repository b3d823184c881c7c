package org.marsad.text.dates;

/**
 * Punctuation that the date grammar reads between numbers and words. The Arabic comma is
 * folded to the ASCII comma before tokens are made.
 */
final class Punctuation {

	static final char SLASH = '/';

	static final char DASH = '-';

	static final char DOT = '.';

	static final char COMMA = ',';

	static final char OPEN = '(';

	static final char CLOSE = ')';

	static final char EXCLAMATION = '!';

	static final char QUESTION = '?';

	static final char ARABIC_QUESTION = '\u061F';

	private Punctuation() {
	}

}
