package org.marsad.tallies;

/**
 * Asked for a tally or snapshot that does not exist.
 */
public class UnknownTally extends RuntimeException {

	/**
	 * Creates the exception.
	 * @param what what was asked for, e.g. {@code tally}
	 */
	public UnknownTally(String what) {
		super("no such " + what);
	}

}
