package org.marsad.persons;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Records the evidence of who a person is: documents, copies sent by relatives,
 * attestations. Document numbers are sealed before they are stored and only ever given
 * back masked.
 */
public interface IdentityEvidence {

	/**
	 * Records an identity document.
	 * @param personId the person
	 * @param document the document
	 * @return the person with it
	 */
	@PreAuthorize(PersonRoles.RECORDS)
	Person addDocument(UUID personId, NewDocument document);

	/**
	 * Stores a copy of a document sent by a relative.
	 * @param personId the person
	 * @param copy the copy
	 * @return the person with it
	 * @throws PersonRefused for an empty, oversized or unrecognised file
	 */
	@PreAuthorize(PersonRoles.RECORDS)
	Person addCopy(UUID personId, NewCopy copy);

	/**
	 * Records an attestation.
	 * @param personId the person
	 * @param attestation who vouches and what they say
	 * @return the person with it
	 */
	@PreAuthorize(PersonRoles.RECORDS)
	Person addAttestation(UUID personId, NewAttestation attestation);

	/**
	 * The content of a copy, for staff (never for viewers).
	 * @param personId the person
	 * @param copyId the copy
	 * @return the copy and its bytes
	 */
	@PreAuthorize(PersonRoles.STAFF)
	CopyContent copy(UUID personId, UUID copyId);

	/**
	 * A copy and its content.
	 *
	 * @param copy the copy
	 * @param content the bytes
	 */
	record CopyContent(DocumentCopy copy, byte[] content) {
	}

}
