/**
 * Audit of the coded record: events, figures and their claims, coding saves, status
 * decisions and voiding, catalogue places and actors, and tally snapshots.
 * <ul>
 * <li>Those modules publish an event in the transaction of each write; the listeners here
 * run in that transaction and append an entry to the audit chain, so the write and its
 * entry are kept together or not at all.</li>
 * <li>The digest after a write is that of the record's stored rows (the record's row and
 * the rows that belong to it); the digest before is the one the chain noted after the
 * previous write to the same record.</li>
 * <li>A module of its own, nested in the audit module: the events module depends on
 * intake, which records its writes to the audit log directly, so a listener in the audit
 * module itself would close a cycle.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit of the coded record")
package org.marsad.audit.records;
