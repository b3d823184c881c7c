package org.marsad.audit;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a use case tells the audit log about a write. Who and when are added by the log.
 *
 * @param action what was done, a lower-case code such as {@code created},
 * {@code corrected}, {@code graded}, {@code attached}, {@code role_changed}
 * @param recordKind what kind of record, a lower-case code such as {@code source},
 * {@code report}, {@code attachment}, {@code account}
 * @param recordId the record's id (a UUID, a user name, …)
 * @param before the digest of the record before the write, {@code null} when it is new
 * @param after the digest after the write, {@code null} when nothing of it remains
 */
public record AuditRecord(String action, String recordKind, String recordId, Digest before, Digest after) {

	private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_.]{0,31}");

	/** The longest record id kept. */
	public static final int MAX_ID = 100;

	/**
	 * Checks the codes and the id.
	 * @param action the action code
	 * @param recordKind the kind code
	 * @param recordId the id
	 * @param before the digest before
	 * @param after the digest after
	 */
	public AuditRecord {
		if (action == null || !CODE.matcher(action).matches() || recordKind == null
				|| !CODE.matcher(recordKind).matches()) {
			throw new IllegalArgumentException("action and kind are lower-case codes of at most 32 characters");
		}
		if (recordId == null || recordId.isEmpty() || recordId.length() > MAX_ID) {
			throw new IllegalArgumentException("a record id has 1 to " + MAX_ID + " characters");
		}
	}

	/**
	 * A write described by the content before and after.
	 * @param action the action code
	 * @param recordKind the kind code
	 * @param recordId the id
	 * @param before the content before, or {@code null} for a new record
	 * @param after the content after, or {@code null}
	 * @return the record
	 */
	public static AuditRecord of(String action, String recordKind, Object recordId, Map<String, ?> before,
			Map<String, ?> after) {
		return new AuditRecord(action, recordKind, String.valueOf(recordId),
				(before != null) ? Digest.of(before) : null, (after != null) ? Digest.of(after) : null);
	}

	/**
	 * A new record.
	 * @param recordKind the kind code
	 * @param recordId the id
	 * @param content its content
	 * @return the record of its creation
	 */
	public static AuditRecord created(String recordKind, Object recordId, Map<String, ?> content) {
		return of("created", recordKind, recordId, null, content);
	}

}
