package org.marsad.events.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.marsad.events.Confidentiality;
import org.marsad.events.EventActor;
import org.marsad.text.vocabulary.DatePrecision;
import org.marsad.text.vocabulary.EventType;

/**
 * An event's fields that passed the checks.
 *
 * @param type the type
 * @param subType the sub-type or {@code null}
 * @param dateFrom the first day
 * @param dateTo the last day
 * @param precision the precision of the dates
 * @param placeId the place or {@code null}
 * @param geoPrecision 1–3, or {@code null} without a place
 * @param actors the actors in roles
 * @param descriptionAr the Arabic description or {@code null}
 * @param descriptionEn the English description or {@code null}
 * @param confidentiality whether it may be published
 * @param parentId the encompassing event or {@code null}
 */
record CheckedEvent(EventType type, String subType, LocalDate dateFrom, LocalDate dateTo, DatePrecision precision,
		String placeId, Integer geoPrecision, List<EventActor> actors, String descriptionAr, String descriptionEn,
		Confidentiality confidentiality, UUID parentId) {
}
