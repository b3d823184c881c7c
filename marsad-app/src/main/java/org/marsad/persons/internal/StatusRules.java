package org.marsad.persons.internal;

import java.time.LocalDate;
import java.util.Set;

import org.marsad.persons.NewStatus;

/**
 * The rules of a status entry: a known status, a day not in the future, an event, actor
 * and place that exist, a note up to {@value PersonRules#MAX_TEXT} characters.
 */
class StatusRules {

	static final Set<String> STATUSES = Set.of("exited", "screened", "transferred", "detained", "released", "missing",
			"trapped", "found", "injured", "killed");

	private final References references;

	StatusRules(References references) {
		this.references = references;
	}

	/**
	 * Checks an entry.
	 * @return the note as stored
	 */
	String check(NewStatus status, LocalDate today, Problems problems) {
		if (status == null) {
			problems.add("persons.error.required");
			return null;
		}
		if (PersonRules.blankToNull(status.status()) == null) {
			problems.add("status", "persons.error.required");
		}
		else {
			PersonRules.code(status.status(), "status", STATUSES, problems);
		}
		if (status.on() == null) {
			problems.add("on", "persons.error.required");
		}
		else if (status.on().isAfter(today)) {
			problems.add("on", "persons.error.future");
		}
		if (status.eventId() != null && !this.references.event(status.eventId())) {
			problems.add("eventId", "persons.error.unknownEvent");
		}
		String actor = PersonRules.blankToNull(status.actorId());
		if (actor != null && !this.references.actor(actor)) {
			problems.add("actorId", "persons.error.unknownActor");
		}
		String place = PersonRules.blankToNull(status.placeId());
		if (place != null && !this.references.place(place)) {
			problems.add("placeId", "persons.error.unknownPlace");
		}
		return PersonRules.text(status.note(), "note", PersonRules.MAX_TEXT, false, problems);
	}

}
