package org.marsad.publishing.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.marsad.catalogue.Actor;
import org.marsad.catalogue.Place;
import org.marsad.events.ActorRole;
import org.marsad.events.Event;
import org.marsad.events.EventActor;
import org.marsad.events.Figure;
import org.marsad.text.vocabulary.FigureCategory;
import org.marsad.text.vocabulary.FigureUnit;

/**
 * An event as it is exported: the event, where it happened with the administrative levels
 * above the place, and its actors' names.
 *
 * @param event the event
 * @param place the event's place, or {@code null}
 * @param admin1 the governorate holding it (or being it), or {@code null}
 * @param admin2 the district, or {@code null}
 * @param admin3 the sub-district, or {@code null}
 * @param lat the latitude of the place, else of its nearest ancestor with coordinates
 * @param lon the longitude, likewise
 * @param actors the catalogue entries of the event's actors, by id
 * @param audience who it is written for
 */
record ExportedEvent(Event event, Place place, Place admin1, Place admin2, Place admin3, Double lat, Double lon,
		Map<String, Actor> actors, Audience audience) {

	/** Whether it has coordinates. */
	boolean located() {
		return this.lat != null && this.lon != null;
	}

	/** English names (Arabic when an actor has none) of the actors in a role. */
	List<String> actorNames(ActorRole role, String language) {
		return this.event.actors().stream().filter((a) -> a.role() == role).map(EventActor::actorId).map((id) -> {
			Actor actor = this.actors.get(id);
			return (actor != null) ? actor.name(language) : id;
		}).toList();
	}

	/**
	 * The persons counted in a category: the sum of the best estimates (the low bound
	 * when there is none) of its figures that are not void and not parts of another
	 * figure, so that «بينهم» counts are not added twice.
	 * @param category what happened to them
	 * @return the count, {@code null} when no figure counts it
	 */
	BigDecimal persons(FigureCategory category) {
		BigDecimal sum = null;
		for (Figure figure : this.event.figures()) {
			if (figure.voided() || figure.partOf() != null || figure.unit() != FigureUnit.PERSON
					|| figure.category() != category || figure.value() == null) {
				continue;
			}
			BigDecimal n = (figure.value().best() != null) ? figure.value().best() : figure.value().low();
			if (n != null) {
				sum = (sum != null) ? sum.add(n) : n;
			}
		}
		return sum;
	}

	/** The place's name in a language, or empty. */
	static String name(Place place, String language) {
		return (place != null) ? place.name(language) : null;
	}

}
