package org.marsad.events;

/**
 * Asked for an event, figure or claim that does not exist.
 */
public class RecordNotFound extends RuntimeException {

	/**
	 * Creates the exception.
	 * @param what what was asked for, e.g. {@code event}
	 */
	public RecordNotFound(String what) {
		super("no such " + what);
	}

}
