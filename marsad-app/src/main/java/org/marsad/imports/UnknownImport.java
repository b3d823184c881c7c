package org.marsad.imports;

/**
 * Asked for a sheet or an import job that does not exist.
 */
public class UnknownImport extends RuntimeException {

	/**
	 * Creates the exception.
	 * @param what what was asked for: {@code sheet} or {@code job}
	 */
	public UnknownImport(String what) {
		super("no such " + what);
	}

}
