package org.marsad.tallies;

import java.util.Locale;

/**
 * What a breakdown groups a tally by.
 * <ul>
 * <li>{@link #NATIONALITY}: the figure's nationality (ISO 3166-1 alpha-2)</li>
 * <li>{@link #ACTOR}: the group the counted people belong to (the figure's group
 * actor)</li>
 * <li>{@link #PLACE}: the place one level below the tally's place (top-level places
 * without one) that holds the event's place</li>
 * <li>{@link #UNIT}: persons and families, each counted in its own unit; these rows are
 * never added up</li>
 * </ul>
 */
public enum Dimension {

	NATIONALITY, ACTOR, PLACE, UNIT;

	/** The code used in JSON, CSV, forms and the database. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Reads a code written by {@link #code()}.
	 * @param code the code
	 * @return the dimension
	 * @throws IllegalArgumentException for an unknown code
	 */
	public static Dimension ofCode(String code) {
		return valueOf(code.strip().toUpperCase(Locale.ROOT));
	}

	/** Whether the rows of this breakdown are parts of the total and may be summed. */
	public boolean partitionsTotal() {
		return this != UNIT;
	}

}
