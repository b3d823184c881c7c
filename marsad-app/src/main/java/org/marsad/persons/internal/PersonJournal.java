package org.marsad.persons.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.marsad.audit.AuditLog;
import org.marsad.audit.AuditRecord;
import org.marsad.persons.PersonChange;
import org.marsad.persons.PersonChanged;

import org.springframework.context.ApplicationEventPublisher;

/**
 * Keeps the record of every change to a person, in the transaction of the change: the
 * history row ({@code person_change}) with the person as it became, an entry in the
 * tamper-evident audit log with digests of before and after, and {@link PersonChanged}
 * for the modules that follow persons (the search index among them).
 * <ul>
 * <li>the content holds the person's own fields and counts of its evidence, never a
 * document number: a history or an audit digest leaks no protected value</li>
 * </ul>
 */
class PersonJournal {

	private static final String KIND = "person";

	private final PersonRepository persons;

	private final PersonChanges changes;

	private final AuditLog audit;

	private final ApplicationEventPublisher publisher;

	PersonJournal(PersonRepository persons, PersonChanges changes, AuditLog audit,
			ApplicationEventPublisher publisher) {
		this.persons = persons;
		this.changes = changes;
		this.audit = audit;
		this.publisher = publisher;
	}

	void created(UUID id, Instant at) {
		PersonRow row = this.persons.find(id).orElseThrow();
		Map<String, Object> content = content(row);
		this.changes.record(id, row.version(), "created", null, content, at, row.createdBy());
		this.audit.record(AuditRecord.of("created", KIND, id, null, content));
		this.publisher.publishEvent(new PersonChanged(id, "created"));
	}

	void changed(UUID id, String action, String reason, Instant at, PersonRow before) {
		PersonRow row = this.persons.find(id).orElseThrow();
		Map<String, Object> content = content(row);
		this.changes.record(id, row.version(), action, reason, content, at, Caller.name());
		this.audit.record(AuditRecord.of(action, KIND, id, content(before), content));
		this.publisher.publishEvent(new PersonChanged(id, action));
	}

	List<PersonChange> history(UUID id) {
		return this.changes.of(id);
	}

	static Map<String, Object> content(PersonRow row) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("fullName", row.fullName());
		content.put("givenName", row.parts().given());
		content.put("fatherName", row.parts().father());
		content.put("grandfatherName", row.parts().grandfather());
		content.put("familyName", row.parts().family());
		content.put("kunya", row.parts().kunya());
		content.put("latinNames", row.latinList());
		content.put("sex", row.sex());
		content.put("age", row.age());
		content.put("ageOn", (row.ageOn() != null) ? row.ageOn().toString() : null);
		content.put("birthYear", row.birthYear());
		content.put("birthPrecision", row.birthPrecision());
		content.put("nationality", row.nationality());
		content.put("originPlaceId", row.originPlaceId());
		content.put("description", row.description());
		content.put("householdId", (row.householdId() != null) ? row.householdId().toString() : null);
		content.put("householdRelation", row.householdRelation());
		content.put("confidentiality", row.confidentiality());
		content.put("mergedInto", (row.mergedInto() != null) ? row.mergedInto().toString() : null);
		content.put("voided", row.voided());
		content.put("voidReason", row.voidReason());
		content.put("version", row.version());
		return content;
	}

}
