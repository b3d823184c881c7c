package org.marsad.text.vocabulary;

import java.util.Locale;

/**
 * Kinds of gazetteer entries (DESIGN, "Places").
 */
public enum PlaceKind {

	COUNTRY, GOVERNORATE, DISTRICT, SUBDISTRICT, TOWN, VILLAGE, CAMP, REGION, FEATURE;

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
	public static PlaceKind ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
