package org.marsad.events;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The role of an actor in an event, after ACLED: the main actor, the actor it acted on or
 * against, and actors associated with either.
 */
public enum ActorRole {

	ACTOR1, ACTOR2, ASSOCIATED;

	/** The code used in JSON, forms and the database, e.g. {@code actor1}. */
	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Reads a code written by {@link #code()}.
	 * @param code the code
	 * @return the role
	 * @throws IllegalArgumentException for an unknown code
	 */
	public static ActorRole ofCode(String code) {
		for (ActorRole role : values()) {
			if (role.code().equals(code)) {
				return role;
			}
		}
		throw new IllegalArgumentException("unknown actor role");
	}

}
