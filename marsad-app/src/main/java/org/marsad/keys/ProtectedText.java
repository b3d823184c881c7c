package org.marsad.keys;

/**
 * A protected value as it is stored: {@code msl1:<data key id>:<base64url of nonce,
 * ciphertext and tag>}. It says nothing of the clear value but its rough length.
 *
 * @param stored the stored form
 */
public record ProtectedText(String stored) {

	/** The prefix of every sealed value of format version 1. */
	public static final String PREFIX = "msl1:";

	/**
	 * Checks the form.
	 * @param stored the stored form
	 */
	public ProtectedText {
		if (!isSealed(stored)) {
			throw new IllegalArgumentException("not a sealed value");
		}
	}

	/**
	 * Reads a stored column value.
	 * @param stored the column value, may be {@code null}
	 * @return the sealed value, or {@code null} for {@code null}
	 */
	public static ProtectedText ofStored(String stored) {
		return (stored != null) ? new ProtectedText(stored) : null;
	}

	/**
	 * Whether a column value has the sealed form (clear values from before encryption do
	 * not).
	 * @param stored the column value
	 * @return {@code true} when it is sealed
	 */
	public static boolean isSealed(String stored) {
		return stored != null && stored.startsWith(PREFIX) && stored.indexOf(':', PREFIX.length()) > PREFIX.length();
	}

	/** The id of the data key that sealed it. */
	public String keyId() {
		return this.stored.substring(PREFIX.length(), this.stored.indexOf(':', PREFIX.length()));
	}

	@Override
	public String toString() {
		return "ProtectedText[key=" + keyId() + "]";
	}

}
