package org.marsad.persons;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Exchange of persons and their status notes in PFIF 1.4, the People Finder Interchange
 * Format (namespace {@value #NAMESPACE}, https://pfif.zesty.ca/).
 * <ul>
 * <li>export: every live person the caller may see (viewers: publishable only), each with
 * its status timeline as notes; no identity document, copy, attestation, source or
 * contact ever leaves this way</li>
 * <li>import: validated in full before anything is stored, then stored in one
 * transaction: all or nothing; every error names the record ({@code person_record_id} or
 * {@code note_record_id}) and the field</li>
 * </ul>
 */
public interface PfifExchange {

	/** The PFIF 1.4 namespace. */
	String NAMESPACE = "http://zesty.ca/pfif/1.4";

	/**
	 * Writes the persons the caller may see.
	 * @return the PFIF document, UTF-8
	 */
	@PreAuthorize(PersonRoles.READS)
	byte[] export();

	/**
	 * Imports a PFIF 1.4 document.
	 * @param document the document
	 * @return how many persons and notes were stored
	 * @throws PersonRefused naming record and field of every problem
	 */
	@PreAuthorize(PersonRoles.RECORDS)
	Imported importDocument(byte[] document);

	/**
	 * What an import stored.
	 *
	 * @param persons persons registered
	 * @param notes status entries added
	 */
	record Imported(int persons, int notes) {
	}

}
