package org.marsad.persons;

import java.time.Instant;

/**
 * A change to a person, as kept in its history.
 *
 * @param version the person's version after the change
 * @param action what was done, e.g. {@code created}, {@code updated}, {@code voided},
 * {@code status_added}, {@code document_added}, {@code merged}
 * @param reason why, or {@code null}
 * @param content the record as it became, as JSON (never a document number)
 * @param changedAt when
 * @param changedBy who
 */
public record PersonChange(int version, String action, String reason, String content, Instant changedAt,
		String changedBy) {
}
