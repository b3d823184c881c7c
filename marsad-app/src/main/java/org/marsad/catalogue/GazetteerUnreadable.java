package org.marsad.catalogue;

/**
 * A gazetteer file that is missing, of no known format, or not readable in its format.
 * Nothing has been stored when it is thrown; the message says what is wrong with the
 * file.
 */
public class GazetteerUnreadable extends RuntimeException {

	/**
	 * Creates the exception.
	 * @param message what is wrong, naming the file
	 * @param cause what the reader reported, or {@code null}
	 */
	public GazetteerUnreadable(String message, Throwable cause) {
		super(message, cause);
	}

}
