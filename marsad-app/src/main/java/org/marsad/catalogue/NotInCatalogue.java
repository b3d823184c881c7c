package org.marsad.catalogue;

/**
 * Asked for a place or actor that the catalogue does not hold.
 */
public class NotInCatalogue extends RuntimeException {

	/**
	 * Creates the exception.
	 * @param what {@code place} or {@code actor}
	 */
	public NotInCatalogue(String what) {
		super("no such " + what);
	}

}
