package org.marsad.events.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.marsad.events.ActorInRole;
import org.marsad.events.ActorRole;
import org.marsad.events.Confidentiality;
import org.marsad.events.EventActor;
import org.marsad.events.EventFields;
import org.marsad.text.vocabulary.DatePrecision;
import org.marsad.text.vocabulary.EventType;

/**
 * Checks an event's fields. Every broken rule is named, not only the first.
 * <ul>
 * <li>type: required, an event type code</li>
 * <li>subType: up to {@value #MAX_SUB_TYPE} characters</li>
 * <li>dateFrom: required, an ISO date; dateTo: an ISO date, dateFrom when empty, not
 * before dateFrom</li>
 * <li>neither date after the {@link Horizon} (the report's date, or today): dateFrom
 * never; dateTo only at day precision, since a week, month or year named in a report may
 * run past the day it was written</li>
 * <li>datePrecision: {@code day} when empty</li>
 * <li>placeId: a place of the gazetteer; geoPrecision 1–3, 1 when a place is given
 * without it, refused without a place</li>
 * <li>actors: each a catalogue actor with a role, no actor twice in the same role</li>
 * <li>descriptions: up to {@value #MAX_DESCRIPTION} characters each</li>
 * <li>confidentiality: {@code internal} when empty</li>
 * <li>parentId: a recorded event that is not void, not the event itself nor one of the
 * events below it</li>
 * </ul>
 */
class EventRules {

	static final int MAX_SUB_TYPE = 80;

	static final int MAX_DESCRIPTION = 20_000;

	private final CatalogueLookup catalogue;

	private final RecordStates records;

	EventRules(CatalogueLookup catalogue, RecordStates records) {
		this.catalogue = catalogue;
		this.records = records;
	}

	/**
	 * Checks an event.
	 * @param fields the fields as sent
	 * @param self the event being changed, {@code null} for a new one
	 * @param horizon the last day a date may reach
	 * @param problems where problems go, at the event's path
	 * @return the checked event, or {@code null} when a problem was found
	 */
	CheckedEvent check(EventFields fields, UUID self, Horizon horizon, Problems problems) {
		if (fields == null) {
			problems.add("event.error.required");
			return null;
		}
		int before = problems.count();
		EventType type = type(fields.type(), problems);
		String subType = Text.limited(fields.subType(), MAX_SUB_TYPE, "subType", "event.error.subType", problems);
		DatePrecision precision = Text.code(fields.datePrecision(), DatePrecision.values(), DatePrecision::code,
				"datePrecision", "event.error.datePrecision", problems);
		precision = (precision != null) ? precision : DatePrecision.DAY;
		LocalDate[] dates = dates(fields, precision, horizon, problems);
		String placeId = place(fields.placeId(), problems);
		Integer geoPrecision = geoPrecision(fields.geoPrecision(), fields.placeId(), problems);
		List<EventActor> actors = actors(fields.actors(), problems);
		String descriptionAr = Text.limited(fields.descriptionAr(), MAX_DESCRIPTION, "descriptionAr",
				"event.error.description", problems);
		String descriptionEn = Text.limited(fields.descriptionEn(), MAX_DESCRIPTION, "descriptionEn",
				"event.error.description", problems);
		Confidentiality confidentiality = Text.code(fields.confidentiality(), Confidentiality.values(),
				Confidentiality::code, "confidentiality", "event.error.confidentiality", problems);
		UUID parentId = parent(fields.parentId(), self, problems);
		if (problems.count() > before) {
			return null;
		}
		return new CheckedEvent(type, subType, dates[0], dates[1], precision, placeId,
				(placeId != null && geoPrecision == null) ? Integer.valueOf(1) : geoPrecision, actors, descriptionAr,
				descriptionEn, (confidentiality != null) ? confidentiality : Confidentiality.INTERNAL, parentId);
	}

	private static EventType type(String code, Problems problems) {
		if (!Text.present(code)) {
			problems.add("type", "event.error.typeRequired");
			return null;
		}
		return Text.code(code, EventType.values(), EventType::code, "type", "event.error.type", problems);
	}

	private static LocalDate[] dates(EventFields fields, DatePrecision precision, Horizon horizon, Problems problems) {
		if (!Text.present(fields.dateFrom())) {
			problems.add("dateFrom", "event.error.dateRequired");
		}
		LocalDate from = Text.date(fields.dateFrom(), "dateFrom", "event.error.date", problems);
		LocalDate to = Text.date(fields.dateTo(), "dateTo", "event.error.date", problems);
		if (to == null && !Text.present(fields.dateTo())) {
			to = from;
		}
		if (from != null && to != null && to.isBefore(from)) {
			problems.add("dateTo", "event.error.dateOrder");
		}
		if (horizon.passedBy(from)) {
			problems.add("dateFrom", horizon.code());
		}
		else if (precision == DatePrecision.DAY && horizon.passedBy(to)) {
			problems.add("dateTo", horizon.code());
		}
		return new LocalDate[] { from, to };
	}

	private String place(String value, Problems problems) {
		String placeId = Text.stripped(value);
		if (placeId != null && this.catalogue.knownPlaces(List.of(placeId)).isEmpty()) {
			problems.add("placeId", "event.error.placeUnknown");
			return null;
		}
		return placeId;
	}

	private static Integer geoPrecision(Integer value, String placeId, Problems problems) {
		if (value == null) {
			return null;
		}
		if (value < 1 || value > 3) {
			problems.add("geoPrecision", "event.error.geoPrecision");
			return null;
		}
		if (!Text.present(placeId)) {
			problems.add("geoPrecision", "event.error.geoPrecisionWithoutPlace");
			return null;
		}
		return value;
	}

	private List<EventActor> actors(List<ActorInRole> given, Problems problems) {
		List<EventActor> actors = new ArrayList<>();
		if (given == null) {
			return actors;
		}
		Set<String> ids = new HashSet<>();
		given.stream()
			.filter((actor) -> actor != null && Text.present(actor.actorId()))
			.forEach((actor) -> ids.add(actor.actorId().strip()));
		Set<String> known = this.catalogue.knownActors(ids);
		Set<EventActor> seen = new HashSet<>();
		for (int i = 0; i < given.size(); i++) {
			Problems at = problems.at("actors", i);
			ActorInRole actor = given.get(i);
			String id = (actor != null) ? Text.stripped(actor.actorId()) : null;
			if (id == null) {
				at.add("actorId", "event.error.actorRequired");
				continue;
			}
			if (!known.contains(id)) {
				at.add("actorId", "event.error.actorUnknown");
			}
			if (!Text.present(actor.role())) {
				at.add("role", "event.error.roleRequired");
				continue;
			}
			ActorRole role = Text.code(actor.role(), ActorRole.values(), ActorRole::code, "role", "event.error.role",
					at);
			if (role != null && known.contains(id) && !seen.add(new EventActor(id, role))) {
				at.add("actorId", "event.error.actorTwice");
			}
			if (role != null && known.contains(id)) {
				actors.add(new EventActor(id, role));
			}
		}
		return actors.stream().distinct().toList();
	}

	private UUID parent(String value, UUID self, Problems problems) {
		UUID parentId = Text.id(value, "parentId", "event.error.parentUnknown", problems);
		if (parentId == null) {
			return null;
		}
		Optional<EventState> parent = this.records.event(parentId);
		if (parent.isEmpty()) {
			problems.add("parentId", "event.error.parentUnknown");
			return null;
		}
		if (parent.get().voided()) {
			problems.add("parentId", "event.error.parentVoided");
			return null;
		}
		if (self != null && this.records.eventChain(parentId).contains(self)) {
			problems.add("parentId", "event.error.parentCycle");
			return null;
		}
		return parentId;
	}

}
