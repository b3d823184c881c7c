package org.marsad.text.numbers;

import org.marsad.text.vocabulary.Qualifier;

/**
 * A qualifier cue found next to a number.
 *
 * @param token the outermost token of the cue (its first token before the number, its
 * last token after it)
 * @param qualifier the qualifier the cue gives
 */
record CueMatch(int token, Qualifier qualifier) {
}
