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

	/**
	 * The Arabic word with «ال» put back, for a typing error that hit the article
	 * («لامسالمه» for «المسالمه»), which then was not taken off; the word itself in
	 * Latin.
	 */
	final char[] withArticle;

	/**
	 * How many indexed records hold this word, by role ({@link ValueFrequencies});
	 * changed under the index's write lock.
	 */
	final int[] uses = new int[ValueFrequencies.ROLES];

	NameToken(String word, String key) {
		this.word = word;
		this.chars = word.toCharArray();
		this.key = key;
		this.keyChars = key.toCharArray();
		this.latin = NameParser.isLatin(word);
		this.withArticle = this.latin ? this.chars : (NameParticles.ARTICLE + word).toCharArray();
	}

}
