package org.marsad.intake;

/**
 * Asked for a source, report, version or attachment that does not exist.
 */
public class UnknownRecord extends RuntimeException {

	/**
	 * Creates the exception.
	 * @param what what was asked for, e.g. {@code report}
	 */
	public UnknownRecord(String what) {
		super("no such " + what);
	}

}
