package org.marsad.text.vocabulary;

import java.util.Locale;

/**
 * What happened to what was counted (DESIGN, "Figure categories").
 *
 * <ul>
 * <li>{@link #EXITED}: left an area, fled, displaced</li>
 * <li>{@link #TRANSFERRED}: moved to a camp or facility</li>
 * <li>{@link #DEPLOYED}: forces arrived</li>
 * <li>{@link #ENTERED}: vehicles or forces crossed into an area</li>
 * <li>{@link #STRIKES}: number of strikes</li>
 * </ul>
 */
public enum FigureCategory {

	EXITED, RETURNED, TRANSFERRED, KILLED, INJURED, ARRESTED, SURRENDERED, MISSING, TRAPPED, DETAINED, RELEASED,
	DEPLOYED, ENTERED, STRIKES, AREA, OTHER;

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
	public static FigureCategory ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
