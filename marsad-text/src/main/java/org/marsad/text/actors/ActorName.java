package org.marsad.text.actors;

/**
 * One name of an actor as the recogniser holds it.
 *
 * @param actorId the actor
 * @param exactCase the name as written when it must match in that case (short Latin
 * acronyms such as "IS"), else {@code null}
 */
record ActorName(String actorId, String exactCase) {

	/** Longest all-capital Latin name that must keep its case. */
	static final int MAX_EXACT_CASE_LENGTH = 3;

	private static final char LATIN_CAPITAL_A = 'A';

	private static final char LATIN_CAPITAL_Z = 'Z';

	static ActorName of(String actorId, String name) {
		return new ActorName(actorId, isShortAcronym(name) ? name : null);
	}

	/**
	 * Whether a written slice satisfies the case rule.
	 * @param written the original slice
	 * @return whether this name may stand there
	 */
	boolean fits(String written) {
		return this.exactCase == null || this.exactCase.equals(written);
	}

	private static boolean isShortAcronym(String name) {
		if (name.length() > MAX_EXACT_CASE_LENGTH) {
			return false;
		}
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c < LATIN_CAPITAL_A || c > LATIN_CAPITAL_Z) {
				return false;
			}
		}
		return true;
	}

}
