package org.marsad.text.vocabulary;

import java.util.Locale;

/**
 * What a figure counts (DESIGN, "Figure units").
 */
public enum FigureUnit {

	PERSON, FAMILY, VEHICLE, AIRCRAFT, STRIKE, BUILDING, KM2, OTHER;

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
	public static FigureUnit ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
