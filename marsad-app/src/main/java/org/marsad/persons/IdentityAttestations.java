package org.marsad.persons;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Issues identity attestations signed with the organisation's key, and verifies them.
 */
public interface IdentityAttestations {

	/**
	 * Issues an attestation of a live person's facts and evidence.
	 * @param personId the person
	 * @return the attestation
	 */
	@PreAuthorize(PersonRoles.DECIDES)
	IssuedAttestation issue(UUID personId);

	/**
	 * An attestation issued earlier, of a person the caller may see.
	 * @param id the attestation
	 * @return the attestation
	 */
	@PreAuthorize(PersonRoles.READS)
	IssuedAttestation get(UUID id);

	/**
	 * The attestations issued for a person, latest first.
	 * @param personId the person
	 * @return the attestations
	 */
	@PreAuthorize(PersonRoles.READS)
	List<IssuedAttestation> ofPerson(UUID personId);

	/**
	 * Verifies a token (or a text holding one) with the organisation's public keys.
	 * @param text the text
	 * @return the outcome
	 */
	@PreAuthorize(PersonRoles.READS)
	AttestationCheck verify(String text);

	/**
	 * The organisation's public key, in PEM, for verifiers.
	 * @return the key
	 */
	@PreAuthorize(PersonRoles.READS)
	String publicKey();

}
