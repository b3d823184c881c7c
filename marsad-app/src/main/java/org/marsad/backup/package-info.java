/**
 * Backups: consistent, encrypted archives of the whole record, written while the
 * application serves, and their verified restoration into an empty data folder.
 * <ul>
 * <li>Every table of the schema is read in one snapshot transaction (PostgreSQL
 * {@code REPEATABLE READ}, H2 {@code SNAPSHOT}); tables are discovered from the
 * database's metadata, so tables added by later modules are included without change
 * here.</li>
 * <li>Rows are written as JSON lines by the kind of their columns (text, numbers, dates,
 * instants, UUIDs, bytes), so an archive made on H2 restores on PostgreSQL and back.</li>
 * <li>The attachment store goes in as it is (its files are named by their SHA-256); the
 * audit chain goes in with its tables.</li>
 * <li>A manifest lists every entry with its SHA-256; the archive is encrypted with
 * AES-256-GCM in authenticated segments under a key derived from the master key (HKDF) or
 * from a passphrase (PBKDF2), so a cut, reordered or altered archive is refused.</li>
 * <li>A restore verifies the whole archive before it writes anything, then imports it in
 * one transaction and verifies the audit chain before committing.</li>
 * </ul>
 * RFC 5869 (HKDF), NIST SP 800-132 and OWASP's 2023 iteration count (PBKDF2), Hoang,
 * Reyhanitabar, Rogaway, Vizár 2015 (segmented "STREAM" encryption).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Backup")
package org.marsad.backup;
