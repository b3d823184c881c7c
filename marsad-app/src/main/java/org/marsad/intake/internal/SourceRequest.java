package org.marsad.intake.internal;

import org.marsad.intake.NewSource;

/**
 * The JSON body of {@code POST /api/sources}, and the new-source form.
 *
 * @param pseudonym the name to show (required)
 * @param kind {@code field_correspondent}, {@code medical}, {@code local_council},
 * {@code media}, {@code resident}, {@code official} or {@code other}
 * @param reliability A–F
 * @param contact protected contact details
 * @param notes notes
 */
record SourceRequest(String pseudonym, String kind, String reliability, String contact, String notes) {

	/**
	 * Never the contact details: Spring MVC traces the arguments it binds.
	 */
	@Override
	public String toString() {
		return "SourceRequest[pseudonym=" + this.pseudonym + ", contact="
				+ ((this.contact != null) ? "[protected]" : "null") + "]";
	}

	NewSource toNewSource() {
		return new NewSource(this.pseudonym, this.kind, this.reliability, this.contact, this.notes);
	}

}
