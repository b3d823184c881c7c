package org.marsad.text.vocabulary;

import java.util.Locale;

/**
 * Event verification status, after Airwars (DESIGN, "Grading").
 *
 * <ul>
 * <li>{@link #FAIR}: two or more credible independent sources</li>
 * <li>{@link #CONFIRMED}: a party accepted responsibility, or direct evidence</li>
 * </ul>
 */
public enum VerificationStatus {

	SINGLE_SOURCE, FAIR, CONFIRMED, CONTESTED, DISCOUNTED;

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
	public static VerificationStatus ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
