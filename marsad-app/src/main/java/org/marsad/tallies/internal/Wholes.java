package org.marsad.tallies.internal;

import org.marsad.tallies.Dimension;

/**
 * Where the whole of a part («بينهم») stands, as bits read from the database: whether the
 * whole is in the tally's scope with the same unit, and for each breakdown whether it has
 * the part's key. A part is not added to a number that counts its whole.
 */
final class Wholes {

	/** The figure is no part, or its whole is outside the scope. */
	static final int NONE = 0;

	/** The whole is in scope, same unit and kind (running total or not). */
	static final int IN_SCOPE = 1;

	static final int SAME_NATIONALITY = 2;

	static final int SAME_ACTOR = 4;

	static final int SAME_PLACE = 8;

	private Wholes() {
	}

	static int same(Dimension dimension) {
		return switch (dimension) {
			case NATIONALITY -> SAME_NATIONALITY;
			case ACTOR -> SAME_ACTOR;
			case PLACE -> SAME_PLACE;
			case UNIT -> IN_SCOPE;
		};
	}

}
