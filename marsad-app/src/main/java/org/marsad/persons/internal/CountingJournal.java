package org.marsad.persons.internal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.marsad.audit.AuditLog;
import org.marsad.audit.AuditRecord;
import org.marsad.persons.PersonChanged;

import org.springframework.context.ApplicationEventPublisher;

/**
 * Records a link of a person to a figure, or its undoing, as a change of the person, in
 * the transaction of the change: a row of {@code person_change} with the person as it
 * became and the figure, an entry in the audit chain whose digests cover the figure, and
 * {@link PersonChanged}.
 * <ul>
 * <li>actions {@code counted} and {@code uncounted}</li>
 * <li>the content is the person's, as {@link PersonJournal} writes it, with
 * {@code figureId} added: the history tells which figure, the audit digest proves it</li>
 * </ul>
 */
class CountingJournal {

	private final PersonRepository persons;

	private final PersonChanges changes;

	private final AuditLog audit;

	private final ApplicationEventPublisher publisher;

	CountingJournal(PersonRepository persons, PersonChanges changes, AuditLog audit,
			ApplicationEventPublisher publisher) {
		this.persons = persons;
		this.changes = changes;
		this.audit = audit;
		this.publisher = publisher;
	}

	void record(UUID person, UUID figure, String action, Instant at, PersonRow before) {
		PersonRow row = this.persons.find(person).orElseThrow();
		Map<String, Object> content = PersonJournal.content(row);
		content.put("figureId", figure.toString());
		this.changes.record(person, row.version(), action, null, content, at, Caller.name());
		Map<String, Object> was = PersonJournal.content(before);
		was.put("figureId", figure.toString());
		this.audit.record(AuditRecord.of(action, "person", person, was, content));
		this.publisher.publishEvent(new PersonChanged(person, action));
	}

}
