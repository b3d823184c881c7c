package org.marsad.backup;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Writes and restores archives of the whole record (the {@code ./marsad backup} and
 * {@code restore} commands).
 */
public interface Backups {

	/**
	 * Writes an archive while the application keeps serving. The file appears only when
	 * complete (it is written beside it and moved into place).
	 * @param file the archive to write; must not exist
	 * @param key what to encrypt it with
	 * @return what it holds
	 */
	Written write(Path file, BackupKey key);

	/**
	 * Reads what an archive's header says, without a key: how it is encrypted.
	 * @param file the archive
	 * @return the header
	 * @throws ArchiveRefused when it is not an archive
	 */
	Header inspect(Path file);

	/**
	 * Verifies an archive without writing anything: decryption, every hash, the manifest.
	 * @param file the archive
	 * @param key its key
	 * @return what it holds
	 * @throws ArchiveRefused naming what is wrong
	 */
	Written verify(Path file, BackupKey key);

	/**
	 * Restores an archive into an empty data folder and an empty database (the one this
	 * application is configured with), after verifying it whole; the audit chain is
	 * verified before the import commits.
	 * @param file the archive
	 * @param key its key
	 * @param dataFolder the data folder, which must be empty or absent
	 * @return what was restored
	 * @throws ArchiveRefused naming what is wrong; nothing is left behind
	 */
	Written restore(Path file, BackupKey key, Path dataFolder);

	/**
	 * What an archive's header says.
	 *
	 * @param passphrase whether it is encrypted under a passphrase (else under the master
	 * key)
	 * @param masterKeyId the fingerprint of the master key it needs, or {@code null}
	 */
	record Header(boolean passphrase, String masterKeyId) {
	}

	/**
	 * What an archive holds.
	 *
	 * @param createdAt when it was written
	 * @param schemaVersion the schema version of the database it came from
	 * @param tables how many tables
	 * @param rows how many rows in all
	 * @param attachments how many stored files
	 * @param bytes the archive's size
	 */
	record Written(Instant createdAt, String schemaVersion, int tables, long rows, int attachments, long bytes) {
	}

}
