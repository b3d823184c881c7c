package org.marsad.audit;

import java.time.Instant;

/**
 * An entry of the audit log as stored.
 *
 * @param seq its place in the chain, from 1
 * @param recordedAt when it was written (to the microsecond)
 * @param actor who did it: a user name, {@code system}, or {@code console:<os user>} for
 * commands
 * @param action what was done
 * @param recordKind what kind of record
 * @param recordId which record
 * @param beforeDigest the digest before, or {@code null}
 * @param afterDigest the digest after, or {@code null}
 * @param previousHash the hash of the entry before (64 zeros for the first)
 * @param hash the SHA-256 over the previous hash and this entry's fields
 */
public record AuditEntry(long seq, Instant recordedAt, String actor, String action, String recordKind, String recordId,
		String beforeDigest, String afterDigest, String previousHash, String hash) {

	/** The previous hash of the first entry. */
	public static final String GENESIS = "0".repeat(64);

}
