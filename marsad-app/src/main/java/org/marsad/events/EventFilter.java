package org.marsad.events;

import java.time.LocalDate;

import org.marsad.text.vocabulary.EventType;
import org.marsad.text.vocabulary.VerificationStatus;

/**
 * Which events to list; {@code null} fields do not filter.
 *
 * @param type events of this type
 * @param from events that may have happened on or after this day (whose last day is not
 * before it)
 * @param to events that may have happened on or before this day (whose first day is not
 * after it)
 * @param placeId events at this place or any place within it
 * @param actorId events with this actor in any role
 * @param status events with this verification status
 * @param includeVoided whether voided events are listed too
 */
public record EventFilter(EventType type, LocalDate from, LocalDate to, String placeId, String actorId,
		VerificationStatus status, boolean includeVoided) {

	/** No filter: every event that is not void. */
	public static final EventFilter ALL = new EventFilter(null, null, null, null, null, null, false);

}
