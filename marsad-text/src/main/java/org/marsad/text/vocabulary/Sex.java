package org.marsad.text.vocabulary;

import java.util.Locale;

/**
 * Sex of counted people or of a person.
 */
public enum Sex {

	FEMALE, MALE;

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
	public static Sex ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
