package org.marsad.catalogue;

/**
 * A change that clashes with the catalogue as it is now (HTTP 409). Nothing has been
 * stored when it is thrown.
 * <ul>
 * <li>{@link #STALE}: the entry changed since the version the edit started from</li>
 * <li>{@link #IN_USE}: events or figures refer to the entry</li>
 * <li>{@link #HAS_CHILDREN}: other places lie within the place</li>
 * <li>{@link #TAKEN}: a new entry's id is already used</li>
 * </ul>
 */
public class CatalogueConflict extends RuntimeException {

	/** The message key of a stale edit. */
	public static final String STALE = "catalogue.error.stale";

	/** The message key of a deletion of an entry that is referred to. */
	public static final String IN_USE = "catalogue.error.inUse";

	/** The message key of a deletion of a place with sub-places. */
	public static final String HAS_CHILDREN = "catalogue.error.hasChildren";

	/** The message key of a new entry whose id exists. */
	public static final String TAKEN = "catalogue.error.idTaken";

	private final String field;

	private final String code;

	/**
	 * Creates the conflict.
	 * @param field the field it concerns ({@code version}, {@code id})
	 * @param code one of the message keys of this class
	 */
	public CatalogueConflict(String field, String code) {
		super("conflict: " + code);
		this.field = field;
		this.code = code;
	}

	/** The field it concerns. */
	public String field() {
		return this.field;
	}

	/** The message key. */
	public String code() {
		return this.code;
	}

}
