package org.marsad.keys;

/**
 * Seals and opens protected values, for the modules that store them.
 * <ul>
 * <li>seal before writing the column, open only for a caller who may see the value (the
 * module's use case decides; this interface does not check roles)</li>
 * <li>register the column in {@code protected_column} in the module's migration, so that
 * clear values are sealed at start, rotation re-encrypts it and tests check it</li>
 * <li>never log, digest or export the clear value; an audit digest may include the sealed
 * form</li>
 * </ul>
 */
public interface ProtectedFields {

	/**
	 * Seals a value under the active data key.
	 * @param clear the clear value, may be {@code null}
	 * @param address where it will be stored
	 * @return the sealed value, or {@code null} for {@code null}
	 * @throws ProtectionFailed when no data key can be used
	 */
	ProtectedText seal(String clear, FieldAddress address);

	/**
	 * Opens a sealed value.
	 * @param sealed the sealed value, may be {@code null}
	 * @param address where it is stored
	 * @return the clear value, or {@code null} for {@code null}
	 * @throws ProtectionFailed when its key is unknown or it was altered or moved
	 */
	String open(ProtectedText sealed, FieldAddress address);

}
