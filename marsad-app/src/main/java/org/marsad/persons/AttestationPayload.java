package org.marsad.persons;

import java.util.List;

/**
 * What an identity attestation states, exactly as signed: the person's facts and a
 * summary of the evidence, never a document number, a source or a contact.
 *
 * @param v the format version, {@value #VERSION}
 * @param id the attestation
 * @param kid the id of the signing key ({@link AttestationVerifier#keyId})
 * @param issuer the organisation
 * @param issuedAt when, ISO-8601 UTC
 * @param personId the person
 * @param fullName the full name as written
 * @param latinNames the Latin spellings
 * @param sex the sex code
 * @param birthYear the (estimated) year of birth
 * @param birthPrecision its precision
 * @param nationality the nationality code
 * @param origin the place of origin, by name
 * @param assessment the identity assessment level, e.g. {@code corroborated}
 * @param heldDocuments the types of documents held
 * @param missingDocuments the types of documents lost, destroyed or confiscated
 * @param copies copies of documents on file
 * @param vouchers different vouchers who attest
 * @param latestStatus the latest status code, or {@code null}
 */
public record AttestationPayload(int v, String id, String kid, String issuer, String issuedAt, String personId,
		String fullName, List<String> latinNames, String sex, Integer birthYear, String birthPrecision,
		String nationality, String origin, String assessment, List<String> heldDocuments, List<String> missingDocuments,
		int copies, int vouchers, String latestStatus) {

	/** The format version. */
	public static final int VERSION = 1;

}
