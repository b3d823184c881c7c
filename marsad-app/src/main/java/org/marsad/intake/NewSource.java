package org.marsad.intake;

/**
 * A source as typed in a form or sent to the API, before it is checked.
 *
 * @param pseudonym the name to show (required)
 * @param kind a {@link SourceKind} code (default {@code other})
 * @param reliability a grade A–F (default F, cannot be judged)
 * @param contact protected contact details
 * @param notes notes
 */
public record NewSource(String pseudonym, String kind, String reliability, String contact, String notes) {

	/**
	 * Never the contact details: records end up in logs.
	 */
	@Override
	public String toString() {
		return "NewSource[pseudonym=" + this.pseudonym + ", contact="
				+ ((this.contact != null) ? "[protected]" : "null") + "]";
	}

}
