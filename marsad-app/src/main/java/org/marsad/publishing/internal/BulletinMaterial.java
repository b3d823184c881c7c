package org.marsad.publishing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.marsad.catalogue.Place;
import org.marsad.catalogue.Places;
import org.marsad.events.Confidentiality;
import org.marsad.events.EventFilter;
import org.marsad.events.EventPage;
import org.marsad.events.EventSummary;
import org.marsad.events.Events;
import org.marsad.intake.PageRequest;
import org.marsad.tallies.Estimate;
import org.marsad.tallies.SnapshotSummary;

/**
 * What a bulletin can be made of, as offered on the composing page: the events the events
 * list selects with its filters, and the published tally snapshots.
 * <ul>
 * <li>only publishable events that are not void are offered, since a bulletin may cite no
 * other ({@link BulletinFigures})</li>
 * <li>one page of events ({@value #EVENTS} at most), latest first: the filters narrow
 * it</li>
 * <li>every snapshot of every published tally, newest first, each with the counted noun
 * of its unit when Arabic has one ({@link CountedNoun#BY_UNIT})</li>
 * </ul>
 */
class BulletinMaterial {

	static final int EVENTS = PageRequest.MAX_SIZE;

	/**
	 * An event that can be cited.
	 *
	 * @param id the event
	 * @param from its first day
	 * @param to its last day
	 * @param type its type code
	 * @param place its place's name, or {@code null}
	 * @param description its description
	 */
	record OfferedEvent(UUID id, LocalDate from, LocalDate to, String type, String place, String description) {

		public String placeholder() {
			return "{{event:" + this.id + "}}";
		}

	}

	/**
	 * A published snapshot whose value can be inserted.
	 *
	 * @param tallyId the tally
	 * @param snapshotId the snapshot
	 * @param name the tally's name
	 * @param unit the unit counted
	 * @param asOf the day counted up to
	 * @param value the value
	 */
	record OfferedSnapshot(UUID tallyId, UUID snapshotId, String name, String unit, LocalDate asOf, Estimate value) {

		public String placeholder() {
			return "{{tally:" + this.tallyId + ":" + this.snapshotId + "}}";
		}

		/** In Arabic words, with the counted noun when the unit has one. */
		public String words() {
			String base = "{{tally:" + this.tallyId + ":" + this.snapshotId + ":words";
			return CountedNoun.BY_UNIT.containsKey(this.unit) ? base + ":" + this.unit + "}}" : base + "}}";
		}

	}

	private final Events events;

	private final Places places;

	private final PublishedTallies tallies;

	BulletinMaterial(Events events, Places places, PublishedTallies tallies) {
		this.events = events;
		this.places = places;
		this.tallies = tallies;
	}

	/**
	 * The events to offer, read as the caller.
	 * @param filter the events list's filter
	 * @param language the language of place names
	 * @return the events
	 */
	List<OfferedEvent> events(EventFilter filter, String language) {
		EventFilter live = new EventFilter(filter.type(), filter.from(), filter.to(), filter.placeId(),
				filter.actorId(), filter.status(), false);
		EventPage page = this.events.list(live, new PageRequest(0, EVENTS));
		List<EventSummary> citable = page.items()
			.stream()
			.filter((e) -> !e.voided() && e.confidentiality() == Confidentiality.PUBLISHABLE)
			.toList();
		List<String> placeIds = citable.stream().map(EventSummary::placeId).filter(Objects::nonNull).toList();
		Map<String, Place> named = placeIds.isEmpty() ? Map.of()
				: this.places.getAll(placeIds)
					.stream()
					.collect(Collectors.toMap(Place::id, Function.identity(), (a, b) -> a));
		List<OfferedEvent> offered = new ArrayList<>();
		for (EventSummary event : citable) {
			Place place = (event.placeId() != null) ? named.get(event.placeId()) : null;
			offered.add(new OfferedEvent(event.id(), event.dateFrom(), event.dateTo(), event.type().code(),
					(place != null) ? place.name(language) : null, event.description()));
		}
		return offered;
	}

	/** Every published snapshot, by tally, newest first. */
	List<OfferedSnapshot> snapshots() {
		List<OfferedSnapshot> offered = new ArrayList<>();
		for (PublishedTallies.Entry entry : this.tallies.list()) {
			for (SnapshotSummary snapshot : this.tallies.snapshots(entry.tally().id())) {
				offered.add(new OfferedSnapshot(entry.tally().id(), snapshot.id(), entry.tally().name(),
						entry.tally().unit(), snapshot.asOf(), snapshot.value()));
			}
		}
		return offered;
	}

}
