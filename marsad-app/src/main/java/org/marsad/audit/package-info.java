/**
 * Audit: a tamper-evident log of every write to the record.
 * <ul>
 * <li>Each entry says who, when, what action on which record, with SHA-256 digests of the
 * record's canonical content before and after ({@link org.marsad.audit.Digest}); never a
 * protected value in clear.</li>
 * <li>Entries form a hash chain: each entry's hash covers the hash of the one before, so
 * that an edited, removed or reordered entry breaks the chain where it happened.</li>
 * <li>Appends are serialised by a lock on the single row of {@code audit_head}, held
 * until the writing transaction ends, so the chain stays linear with several writers and
 * several processes, on H2 as on PostgreSQL.</li>
 * <li>An entry is written in the transaction of the change it records: both are kept, or
 * neither.</li>
 * </ul>
 * Modules call {@link org.marsad.audit.AuditLog#record} from their use cases; account
 * changes arrive as {@link org.marsad.security.AccountChanged} events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.marsad.audit;
