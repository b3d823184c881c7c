package org.marsad.imports;

import java.util.List;

/**
 * A field a column of a sheet can hold, in one {@link ImportKind}.
 */
public interface SheetField {

	/** The code used in mappings, e.g. {@code date_from} or {@code full_name}. */
	String code();

	/** Whether every import of its kind must map it. */
	boolean required();

	/** The header names this field is proposed for, as written. */
	List<String> headers();

	/** The message key of its label on the mapping page. */
	String label();

	/**
	 * Whether its cells are protected (an identity document number): never repeated in a
	 * problem, a job, a page or a log, and masked in the first rows shown.
	 */
	default boolean protectedCells() {
		return false;
	}

}
