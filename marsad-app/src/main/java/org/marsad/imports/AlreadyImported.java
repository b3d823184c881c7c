package org.marsad.imports;

/**
 * A sheet that was committed already, or is being committed: importing it again would
 * record its events twice.
 */
public class AlreadyImported extends RuntimeException {

	/**
	 * Creates the exception.
	 */
	public AlreadyImported() {
		super("the sheet was imported already");
	}

}
