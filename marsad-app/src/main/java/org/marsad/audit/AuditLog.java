package org.marsad.audit;

import java.util.Optional;

import org.marsad.security.Roles;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The tamper-evident audit log.
 * <p>
 * How a module records a write: in the use case, in the same transaction as the write,
 * after it, call
 * {@code auditLog.record(AuditRecord.of("corrected", "report", id, beforeContent, afterContent))}.
 * The caller's login name and the time are added here.
 */
public interface AuditLog {

	/**
	 * Appends an entry to the chain, in the caller's transaction: it is kept only if the
	 * write it records is.
	 * @param record what was written
	 * @return the entry
	 * @throws org.springframework.transaction.IllegalTransactionStateException outside a
	 * transaction
	 */
	AuditEntry record(AuditRecord record);

	/**
	 * The digest after the latest entry about a record, which is the digest before the
	 * next write to it.
	 * @param recordKind the kind code
	 * @param recordId the id
	 * @return the digest, or empty when no entry speaks of the record or its last entry
	 * left nothing of it
	 */
	Optional<Digest> latest(String recordKind, String recordId);

	/**
	 * Lists entries, newest first.
	 * @param filter which entries
	 * @param page the page number from 0
	 * @param size the page size, 1 to {@link AuditPage#MAX_SIZE}
	 * @return the page
	 */
	@PreAuthorize(Roles.AUDITS)
	AuditPage find(AuditFilter filter, int page, int size);

	/**
	 * Verifies the whole chain.
	 * @return what is wrong, if anything
	 */
	@PreAuthorize(Roles.AUDITS)
	ChainCheck verify();

	/**
	 * Verifies the whole chain and that an entry noted earlier is still in it unchanged.
	 * @param seq the sequence number noted
	 * @param hash the hash noted
	 * @return what is wrong, if anything
	 */
	@PreAuthorize(Roles.AUDITS)
	ChainCheck verify(long seq, String hash);

}
