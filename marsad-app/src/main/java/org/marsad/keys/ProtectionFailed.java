package org.marsad.keys;

/**
 * A protected value could not be sealed or opened: its data key is unknown, the master
 * key does not open the keyring, or the stored value was altered or moved. The message
 * names the address and key id only, never a value.
 */
public class ProtectionFailed extends RuntimeException {

	/**
	 * Creates the exception.
	 * @param message what failed, without values
	 */
	public ProtectionFailed(String message) {
		super(message);
	}

	/**
	 * Creates the exception.
	 * @param message what failed, without values
	 * @param cause the cause
	 */
	public ProtectionFailed(String message, Throwable cause) {
		super(message, cause);
	}

}
