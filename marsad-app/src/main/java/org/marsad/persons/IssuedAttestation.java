package org.marsad.persons;

import java.time.Instant;
import java.util.UUID;

/**
 * An identity attestation as issued.
 *
 * @param id the attestation
 * @param personId the person
 * @param token the signed token ({@code MARSAD1.<payload>.<signature>}, base64url),
 * carried by the QR code and the exported file
 * @param payload what it states
 * @param issuedAt when
 * @param issuedBy who issued it
 */
public record IssuedAttestation(UUID id, UUID personId, String token, AttestationPayload payload, Instant issuedAt,
		String issuedBy) {
}
