package org.marsad.backup;

import org.marsad.keys.MasterKey;

/**
 * What an archive is encrypted with.
 * <ul>
 * <li>{@link MasterKeyed}: a key derived from the master key; restoring needs the same
 * master key (which the archive does not hold)</li>
 * <li>{@link Passphrase}: a key derived from a passphrase; the archive then also holds
 * the master key, so that the passphrase alone restores everything</li>
 * </ul>
 */
public sealed interface BackupKey {

	/**
	 * Encryption under the master key.
	 *
	 * @param masterKey the master key
	 */
	record MasterKeyed(MasterKey masterKey) implements BackupKey {
	}

	/**
	 * Encryption under a passphrase.
	 *
	 * @param chars the passphrase, at least {@link #MIN_LENGTH} characters
	 */
	record Passphrase(char[] chars) implements BackupKey {

		/** The shortest passphrase accepted. */
		public static final int MIN_LENGTH = 12;

		/**
		 * Checks the length.
		 * @param chars the passphrase
		 */
		public Passphrase {
			if (chars == null || chars.length < MIN_LENGTH) {
				throw new IllegalArgumentException("a passphrase has at least " + MIN_LENGTH + " characters");
			}
			chars = chars.clone();
		}

		@Override
		public char[] chars() {
			return this.chars.clone();
		}

		@Override
		public String toString() {
			return "Passphrase[hidden]";
		}

	}

}
