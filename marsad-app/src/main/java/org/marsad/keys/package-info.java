/**
 * Keys: encryption at rest of protected fields (source contact details, identity document
 * numbers, anything a module marks protected), by envelope encryption.
 * <ul>
 * <li>Values are sealed with AES-256-GCM under a data key; data keys are stored in the
 * {@code data_key} table only wrapped (AES-GCM) under the master key.</li>
 * <li>The master key never enters the database: it is read from {@code MARSAD_MASTER_KEY}
 * or from {@code keys/master.key} under the data folder, which is created with owner-only
 * permissions on the first start when neither exists. A database dump alone therefore
 * reveals no protected value.</li>
 * <li>A sealed value names its format version and data key
 * ({@code msl1:<key id>:<base64>}) and is bound to its table, column and row, so that it
 * cannot be copied to another row unnoticed.</li>
 * <li>Modules register their protected columns in {@code protected_column} (in their own
 * migration); clear values found there at start are sealed, and key rotation re-encrypts
 * them.</li>
 * <li>{@code ./marsad keys rotate} re-wraps the data keys under a new master key while
 * the application keeps serving (running servers hold the unwrapped data keys).</li>
 * </ul>
 * NIST SP 800-38D (GCM), RFC 5869 (HKDF).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Keys")
package org.marsad.keys;
