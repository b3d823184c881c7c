package org.marsad.search;

/**
 * Who may find a coded record (the {@code confidentiality} column of events).
 * <ul>
 * <li>{@link #INTERNAL}: staff only; a {@link Viewer} without a staff role never finds
 * it, nor counts it in a facet, nor sees a word of it highlighted.</li>
 * <li>{@link #PUBLISHABLE}: every reader.</li>
 * </ul>
 */
public enum Confidentiality {

	INTERNAL("internal"), PUBLISHABLE("publishable");

	private final String code;

	Confidentiality(String code) {
		this.code = code;
	}

	/** The code as stored, e.g. {@code internal}. */
	public String code() {
		return this.code;
	}

	/**
	 * The confidentiality of a stored code.
	 * @param code {@code internal} or {@code publishable}
	 * @return the confidentiality
	 * @throws IllegalArgumentException for any other code, so that a record of unknown
	 * standing is never indexed as publishable
	 */
	public static Confidentiality of(String code) {
		for (Confidentiality value : values()) {
			if (value.code.equals(code)) {
				return value;
			}
		}
		throw new IllegalArgumentException("unknown confidentiality: " + code);
	}

}
