package org.marsad.events.internal;

import java.util.ArrayList;
import java.util.List;

import org.marsad.events.ActorInRole;
import org.marsad.events.ActorRole;
import org.marsad.events.Event;
import org.marsad.events.EventActor;
import org.marsad.events.EventEdit;
import org.marsad.events.EventFields;

/**
 * The edit form of an event, as typed: one actor in each main role and any number of
 * associated actors.
 *
 * @param version the version the edit is made on
 * @param reason why
 * @param type the type code
 * @param subType the sub-type
 * @param dateFrom the first day
 * @param dateTo the last day
 * @param datePrecision the precision code
 * @param placeId the place id
 * @param geoPrecision 1, 2 or 3, as typed
 * @param actor1 the main actor
 * @param actor2 the actor acted on or against
 * @param associated associated actors
 * @param descriptionAr the Arabic description
 * @param descriptionEn the English description
 * @param confidentiality the confidentiality code
 * @param parentId the encompassing event
 */
record EventForm(String version, String reason, String type, String subType, String dateFrom, String dateTo,
		String datePrecision, String placeId, String geoPrecision, String actor1, String actor2,
		List<String> associated, String descriptionAr, String descriptionEn, String confidentiality, String parentId) {

	static EventForm of(Event event) {
		String actor1 = null;
		String actor2 = null;
		List<String> associated = new ArrayList<>();
		for (EventActor actor : event.actors()) {
			if (actor.role() == ActorRole.ACTOR1 && actor1 == null) {
				actor1 = actor.actorId();
			}
			else if (actor.role() == ActorRole.ACTOR2 && actor2 == null) {
				actor2 = actor.actorId();
			}
			else {
				associated.add(actor.actorId());
			}
		}
		return new EventForm(String.valueOf(event.version()), null, event.type().code(), event.subType(),
				event.dateFrom().toString(), event.dateTo().toString(), event.datePrecision().code(), event.placeId(),
				(event.geoPrecision() != null) ? event.geoPrecision().toString() : null, actor1, actor2, associated,
				event.descriptionAr(), event.descriptionEn(), event.confidentiality().code(),
				(event.parentId() != null) ? event.parentId().toString() : null);
	}

	/** The same form on another version, keeping everything typed. */
	EventForm atVersion(int current) {
		return new EventForm(String.valueOf(current), this.reason, this.type, this.subType, this.dateFrom, this.dateTo,
				this.datePrecision, this.placeId, this.geoPrecision, this.actor1, this.actor2, this.associated,
				this.descriptionAr, this.descriptionEn, this.confidentiality, this.parentId);
	}

	EventEdit toEdit() {
		List<ActorInRole> actors = new ArrayList<>();
		if (Text.present(this.actor1)) {
			actors.add(new ActorInRole(this.actor1, ActorRole.ACTOR1.code()));
		}
		if (Text.present(this.actor2)) {
			actors.add(new ActorInRole(this.actor2, ActorRole.ACTOR2.code()));
		}
		if (this.associated != null) {
			this.associated.stream()
				.filter(Text::present)
				.forEach((id) -> actors.add(new ActorInRole(id, ActorRole.ASSOCIATED.code())));
		}
		EventFields fields = new EventFields(this.type, this.subType, this.dateFrom, this.dateTo, this.datePrecision,
				this.placeId, number(this.geoPrecision), actors, this.descriptionAr, this.descriptionEn,
				this.confidentiality, this.parentId);
		return new EventEdit(number(this.version), this.reason, fields);
	}

	/** A number as typed; one that cannot be read becomes 0, which the rules refuse. */
	static Integer number(String value) {
		if (!Text.present(value)) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	/** Whether an actor is among the associated ones, for the form's checkboxes. */
	public boolean associates(String actorId) {
		return this.associated != null && this.associated.contains(actorId);
	}

}
