package org.marsad.audit;

import java.time.LocalDate;

/**
 * Which entries to list; {@code null} fields do not filter.
 *
 * @param actor entries by this user name
 * @param action entries of this action
 * @param recordKind entries on this kind of record
 * @param recordId entries on this record
 * @param from entries written on or after this day (UTC)
 * @param to entries written on or before this day (UTC)
 */
public record AuditFilter(String actor, String action, String recordKind, String recordId, LocalDate from,
		LocalDate to) {

	/** Every entry. */
	public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null);

}
