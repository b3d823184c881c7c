package org.marsad.persons;

import java.time.Instant;
import java.util.UUID;

/**
 * An identity document of a person. The number is never given in clear: only masked, with
 * its last two characters.
 *
 * @param id the document
 * @param type {@code national_id}, {@code passport}, {@code family_booklet},
 * {@code birth_certificate}, {@code civil_registry_extract}, {@code driving_licence},
 * {@code refugee_card} or {@code other}
 * @param issuingCountry ISO 3166-1 alpha-2 code, or {@code null}
 * @param maskedNumber the number masked ({@code •••••67}), or {@code null} when unknown
 * @param state {@code held}, {@code lost}, {@code destroyed} or {@code confiscated}
 * @param note the note
 * @param createdAt when recorded
 * @param createdBy who recorded it
 */
public record IdentityDocument(UUID id, String type, String issuingCountry, String maskedNumber, String state,
		String note, Instant createdAt, String createdBy) {
}
