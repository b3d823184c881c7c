package org.marsad.backup;

/**
 * An archive that cannot be restored, or a restore that cannot start: wrong key, altered
 * or cut archive, a hash that does not match, a broken audit chain, a data folder or
 * database that is not empty. Nothing was written when it is thrown.
 */
public class ArchiveRefused extends RuntimeException {

	/**
	 * Creates the exception.
	 * @param message what is wrong, naming entries, never values
	 */
	public ArchiveRefused(String message) {
		super(message);
	}

	/**
	 * Creates the exception.
	 * @param message what is wrong
	 * @param cause the cause
	 */
	public ArchiveRefused(String message, Throwable cause) {
		super(message, cause);
	}

}
