package org.marsad.persons;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An attestation to record: one voucher (a registry person, a source, or a name).
 *
 * @param voucherPersonId the voucher as a person of the registry
 * @param voucherSourceId the voucher as a source
 * @param voucherName the voucher's name when neither
 * @param relation how the voucher knows the person (required)
 * @param statement what the voucher says (required)
 * @param attestedOn when, not in the future (required)
 */
public record NewAttestation(UUID voucherPersonId, UUID voucherSourceId, String voucherName, String relation,
		String statement, LocalDate attestedOn) {
}
