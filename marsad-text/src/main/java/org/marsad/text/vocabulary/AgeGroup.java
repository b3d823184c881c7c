package org.marsad.text.vocabulary;

import java.util.Locale;

/**
 * Age group of counted people.
 */
public enum AgeGroup {

	CHILD, ADULT;

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
	public static AgeGroup ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
