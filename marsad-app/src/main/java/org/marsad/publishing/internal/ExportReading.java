package org.marsad.publishing.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.marsad.catalogue.Actor;
import org.marsad.catalogue.Actors;
import org.marsad.catalogue.Place;
import org.marsad.catalogue.Places;
import org.marsad.events.Confidentiality;
import org.marsad.events.Event;
import org.marsad.events.EventActor;
import org.marsad.events.EventFilter;
import org.marsad.events.EventPage;
import org.marsad.events.EventSummary;
import org.marsad.events.Events;
import org.marsad.events.RecordNotFound;
import org.marsad.intake.PageRequest;
import org.marsad.text.vocabulary.PlaceKind;

/**
 * Reads the events an audience may see, page by page through the events module's list (so
 * that exports select exactly what the events list selects), each with its place's
 * administrative levels and its actors' names.
 * <ul>
 * <li>The public gets publishable events that are not void, whatever the filter
 * asks.</li>
 * <li>Places and actors are read once per export, then cached.</li>
 * </ul>
 */
class ExportReading {

	private final Events events;

	private final Places places;

	private final Actors actors;

	ExportReading(Events events, Places places, Actors actors) {
		this.events = events;
		this.places = places;
		this.actors = actors;
	}

	/**
	 * Hands every selected event, latest first, to a consumer.
	 * @param filter the filter of the events list
	 * @param audience who it is read for
	 * @param each what to do with each event
	 */
	void forEach(EventFilter filter, Audience audience, Consumer<ExportedEvent> each) {
		EventFilter effective = audience.seesInternal() ? filter : new EventFilter(filter.type(), filter.from(),
				filter.to(), filter.placeId(), filter.actorId(), filter.status(), false);
		Lookups lookups = new Lookups();
		int page = 0;
		while (true) {
			int number = page;
			EventPage summaries = PublicReading.as(audience,
					() -> this.events.list(effective, new PageRequest(number, PageRequest.MAX_SIZE)));
			for (EventSummary summary : summaries.items()) {
				if (!visible(summary, audience)) {
					continue;
				}
				ExportedEvent event = PublicReading.as(audience, () -> read(summary, audience, lookups));
				if (event != null) {
					each.accept(event);
				}
			}
			if (!summaries.hasNext() || summaries.items().isEmpty()) {
				return;
			}
			page++;
		}
	}

	/**
	 * One event for an audience.
	 * @param event the event as read
	 * @param audience who it is read for
	 * @return the event, or {@code null} when the audience may not see it
	 */
	ExportedEvent one(Event event, Audience audience) {
		if (!audience.seesInternal() && (event.voided() || event.confidentiality() != Confidentiality.PUBLISHABLE)) {
			return null;
		}
		return PublicReading.as(audience, () -> locate(event, audience, new Lookups()));
	}

	static boolean visible(EventSummary summary, Audience audience) {
		return audience.seesInternal()
				|| (!summary.voided() && summary.confidentiality() == Confidentiality.PUBLISHABLE);
	}

	private ExportedEvent read(EventSummary summary, Audience audience, Lookups lookups) {
		Event event;
		try {
			event = this.events.get(summary.id());
		}
		catch (RecordNotFound gone) {
			return null;
		}
		if (!audience.seesInternal() && (event.voided() || event.confidentiality() != Confidentiality.PUBLISHABLE)) {
			return null;
		}
		return locate(event, audience, lookups);
	}

	private ExportedEvent locate(Event event, Audience audience, Lookups lookups) {
		Place place = lookups.place(event.placeId());
		List<Place> levels = new ArrayList<>();
		if (place != null) {
			levels.add(place);
			levels.addAll(lookups.ancestors(place.id()));
		}
		Double lat = null;
		Double lon = null;
		for (Place level : levels) {
			if (level.hasCoordinates()) {
				lat = level.lat();
				lon = level.lon();
				break;
			}
		}
		Map<String, Actor> named = new HashMap<>();
		for (EventActor actor : event.actors()) {
			Actor entry = lookups.actor(actor.actorId());
			if (entry != null) {
				named.put(entry.id(), entry);
			}
		}
		return new ExportedEvent(event, place, level(levels, PlaceKind.GOVERNORATE), level(levels, PlaceKind.DISTRICT),
				level(levels, PlaceKind.SUBDISTRICT), lat, lon, named, audience);
	}

	private static Place level(List<Place> levels, PlaceKind kind) {
		return levels.stream().filter((p) -> p.kind() == kind).findFirst().orElse(null);
	}

	/** The places and actors read during one export. */
	private final class Lookups {

		private final Map<String, Place> placeById = new HashMap<>();

		private final Map<String, List<Place>> ancestorsById = new HashMap<>();

		private final Map<String, Actor> actorById = new HashMap<>();

		private final Set<String> missing = new HashSet<>();

		Place place(String id) {
			if (id == null || this.missing.contains("place:" + id)) {
				return null;
			}
			Place place = this.placeById.get(id);
			if (place == null) {
				List<Place> found = ExportReading.this.places.getAll(List.of(id));
				if (found.isEmpty()) {
					this.missing.add("place:" + id);
					return null;
				}
				place = found.get(0);
				this.placeById.put(id, place);
			}
			return place;
		}

		List<Place> ancestors(String id) {
			return this.ancestorsById.computeIfAbsent(id, ExportReading.this.places::ancestors);
		}

		Actor actor(String id) {
			if (id == null || this.missing.contains("actor:" + id)) {
				return null;
			}
			Actor actor = this.actorById.get(id);
			if (actor == null) {
				List<Actor> found = ExportReading.this.actors.getAll(List.of(id));
				if (found.isEmpty()) {
					this.missing.add("actor:" + id);
					return null;
				}
				actor = found.get(0);
				this.actorById.put(id, actor);
			}
			return actor;
		}

	}

}
