package org.marsad.persons;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Someone vouches for who a person is.
 *
 * @param id the attestation
 * @param voucherPersonId the voucher as a person of the registry, or {@code null}
 * @param voucherSourceId the voucher as a source, or {@code null}
 * @param voucherName the voucher's name (for a registry person, their full name; for a
 * source, nothing: its pseudonym is not shown here)
 * @param relation how the voucher knows the person, e.g. «جار»
 * @param statement what the voucher says
 * @param attestedOn when
 * @param createdAt when recorded
 * @param createdBy who recorded it
 */
public record Attestation(UUID id, UUID voucherPersonId, UUID voucherSourceId, String voucherName, String relation,
		String statement, LocalDate attestedOn, Instant createdAt, String createdBy) {
}
