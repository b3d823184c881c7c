package org.marsad.keys;

import java.nio.file.Path;

/**
 * Access to the master key for the few uses beyond sealing fields: encrypting backups
 * with a key derived from it, and putting it in place when a backup is restored.
 */
public interface MasterKeys {

	/**
	 * The master key in use: {@code MARSAD_MASTER_KEY} when set, otherwise
	 * {@code keys/master.key} under the data folder, created on first use.
	 * @return the key
	 */
	MasterKey current();

	/**
	 * Where the key in use comes from, for messages: {@code environment} or the file.
	 * @return a description without the key
	 */
	String source();

	/**
	 * Writes a key file under a data folder, readable by its owner only.
	 * @param dataFolder the data folder
	 * @param key the key
	 * @return the file written
	 */
	Path install(Path dataFolder, MasterKey key);

}
