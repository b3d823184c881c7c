package org.marsad.persons.linkage;

import java.util.concurrent.ConcurrentHashMap;

import org.marsad.text.analysis.SkeletonKey;

/**
 * The name words, keys and short values of one index, each held once: a million records
 * share a few hundred thousand words, and equal words compare by identity.
 */
final class Vocabulary {

	private final ConcurrentHashMap<String, NameToken> tokens = new ConcurrentHashMap<>();

	private final ConcurrentHashMap<String, String> values = new ConcurrentHashMap<>();

	/**
	 * The shared token of a folded word.
	 * @param word the word, or null
	 * @return its token, or null
	 */
	NameToken token(String word) {
		if (word == null) {
			return null;
		}
		NameToken token = this.tokens.get(word);
		if (token != null) {
			return token;
		}
		return this.tokens.computeIfAbsent(word, (w) -> new NameToken(w, value(new SkeletonKey().of(w))));
	}

	/**
	 * The shared instance of a string.
	 * @param value the string, or null
	 * @return the instance equal to it
	 */
	String value(String value) {
		if (value == null) {
			return null;
		}
		String known = this.values.putIfAbsent(value, value);
		return (known != null) ? known : value;
	}

	int size() {
		return this.tokens.size();
	}

}
