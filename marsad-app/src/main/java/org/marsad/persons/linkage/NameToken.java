package org.marsad.persons.linkage;

/**
 * One folded name word with its transliteration key, shared by every record that holds it
 * (see {@link Vocabulary}), so that equal words compare by identity.
 */
final class NameToken {

	final String word;

	final char[] chars;

	/** The consonant skeleton, interned: equal keys are the same instance. */
	final String key;

	final char[] keyChars;

	final boolean latin;

	NameToken(String word, String key) {
		this.word = word;
		this.chars = word.toCharArray();
		this.key = key;
		this.keyChars = key.toCharArray();
		this.latin = NameParser.isLatin(word);
	}

}
