package org.marsad.persons;

/**
 * An identity document to record.
 *
 * @param type the document type code ({@link IdentityDocument#type()})
 * @param issuingCountry ISO 3166-1 alpha-2 code, or {@code null}
 * @param number the number as written on it, or {@code null}; sealed before it is stored,
 * never logged or repeated in a message
 * @param state {@code held}, {@code lost}, {@code destroyed} or {@code confiscated}
 * @param note the note
 */
public record NewDocument(String type, String issuingCountry, String number, String state, String note) {

	@Override
	public String toString() {
		return "NewDocument[type=" + this.type + ", issuingCountry=" + this.issuingCountry + ", state=" + this.state
				+ "]";
	}

}
