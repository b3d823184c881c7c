package org.marsad.text.vocabulary;

import java.util.Locale;

/**
 * Event types: ACLED's six types plus the types that monitors of displacement need
 * (DESIGN, "Event types"). ACLED sub-types are carried beside the type as free codes.
 */
public enum EventType {

	BATTLES, EXPLOSIONS_REMOTE_VIOLENCE, VIOLENCE_AGAINST_CIVILIANS, PROTESTS, RIOTS, STRATEGIC_DEVELOPMENTS,
	DISPLACEMENT, TRANSFER, RETURN, DEPLOYMENT, CONVOY, NEGOTIATION, SIEGE, APPEAL;

	/** The code used in JSON, CSV and the database. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Reads a code written by {@link #code()}.
	 * @param code the code
	 * @return the value
	 * @throws IllegalArgumentException for an unknown code
	 */
	public static EventType ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
