package org.marsad.text.vocabulary;

import java.util.Locale;

/**
 * How precisely a date interval is known.
 */
public enum DatePrecision {

	DAY, WEEK, MONTH, YEAR;

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
	public static DatePrecision ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
