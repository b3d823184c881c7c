package org.marsad.tallies.internal;

/**
 * The figures or a tally cannot be answered from {@link FigureColumns} (too many distinct
 * words, a value or a sum beyond 64 bits, a place under two keys); the tally is then read
 * with SQL ({@link ProjectedSums}), which gives the same numbers.
 */
class NotHeld extends RuntimeException {

	NotHeld(String message) {
		super(message, null, false, false);
	}

}
