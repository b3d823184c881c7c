package org.marsad.text.numbers;

import java.util.List;

import org.marsad.text.vocabulary.Qualifier;

/**
 * A context cue of one or more folded words.
 *
 * @param words the folded words, in reading order
 * @param role what the cue says about the number next to it
 * @param qualifier the qualifier it gives, for {@link ContextRole#BEFORE} and
 * {@link ContextRole#AFTER} cues, otherwise {@code null}
 */
record Cue(List<String> words, ContextRole role, Qualifier qualifier) {

	String first() {
		return this.words.get(0);
	}

	String last() {
		return this.words.get(this.words.size() - 1);
	}

	int size() {
		return this.words.size();
	}

}
