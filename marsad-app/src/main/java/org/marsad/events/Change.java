package org.marsad.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * One change to a coded record: who made it, when, what and why, and the record as it
 * became.
 *
 * @param recordKind {@code event}, {@code figure} or {@code claim}
 * @param recordId the record
 * @param version the record's version after the change (claims: always 1)
 * @param action {@code created}, {@code updated}, {@code voided}, {@code linked} (a
 * report was linked) or {@code status} (the verification status was set)
 * @param reason why, when a reason was given
 * @param content the record as it became, as JSON
 * @param changedAt when
 * @param changedBy who
 */
public record Change(String recordKind, UUID recordId, int version, String action, String reason,
		@JsonRawValue String content, Instant changedAt, String changedBy) {
}
