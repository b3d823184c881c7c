package org.marsad.keys;

import java.time.Instant;
import java.util.List;

/**
 * Rotation of the master key and, optionally, of the data key, while the application
 * keeps serving (the {@code ./marsad keys} command).
 * <ul>
 * <li>every data key is re-wrapped under the new master key in one transaction; running
 * servers hold the unwrapped data keys and notice nothing</li>
 * <li>with a key file, the new key is written beside the old one first and moved into
 * place after the commit; a start that finds the keyring under the new key completes an
 * interrupted rotation</li>
 * <li>with {@code MARSAD_MASTER_KEY}, the new key comes from
 * {@code MARSAD_NEW_MASTER_KEY}, and servers need it in {@code MARSAD_MASTER_KEY} at
 * their next start</li>
 * <li>with a new data key, every registered protected value is re-encrypted under it, row
 * by row, each row only if no one changed it meanwhile</li>
 * </ul>
 */
public interface KeyRotation {

	/**
	 * Rotates the keys.
	 * @param newMasterKey the new master key, or {@code null} to generate one (key file
	 * only)
	 * @param newDataKey whether to create a new data key and re-encrypt under it
	 * @return what was done
	 */
	Rotated rotate(MasterKey newMasterKey, boolean newDataKey);

	/**
	 * The keyring and how many sealed values each data key holds.
	 * @return the status
	 */
	Status status();

	/**
	 * What a rotation did.
	 *
	 * @param previousMasterKeyId the fingerprint of the master key replaced
	 * @param masterKeyId the fingerprint of the new master key
	 * @param rewrapped how many data keys were re-wrapped
	 * @param newDataKeyId the new data key, or {@code null}
	 * @param reencrypted how many values were re-encrypted under it
	 */
	record Rotated(String previousMasterKeyId, String masterKeyId, int rewrapped, String newDataKeyId,
			long reencrypted) {
	}

	/**
	 * The keyring.
	 *
	 * @param masterKeyId the fingerprint of the master key in use
	 * @param masterKeySource where it comes from
	 * @param dataKeys the data keys, oldest first
	 */
	record Status(String masterKeyId, String masterKeySource, List<DataKey> dataKeys) {
	}

	/**
	 * A data key as it may be shown.
	 *
	 * @param id its id
	 * @param active whether new values are sealed with it
	 * @param wrappedUnder the fingerprint of the master key that wraps it
	 * @param createdAt when it was made
	 * @param values how many registered values it seals
	 */
	record DataKey(String id, boolean active, String wrappedUnder, Instant createdAt, long values) {
	}

}
