package org.marsad.events;

import java.util.List;

/**
 * An event as typed in a form, sent to the API or coded from a report, before it is
 * checked. Codes and dates are strings so that a wrong one is refused by name.
 *
 * @param type an event type code, e.g. {@code displacement} (required)
 * @param subType a sub-type, free text up to 80 characters
 * @param dateFrom the first day, an ISO date (required)
 * @param dateTo the last day, an ISO date; the first day when empty
 * @param datePrecision {@code day} (default), {@code week}, {@code month} or {@code year}
 * @param placeId a place id of the gazetteer
 * @param geoPrecision 1, 2 or 3; 1 when a place is given without it
 * @param actors actors in roles
 * @param descriptionAr a description in Arabic
 * @param descriptionEn a description in English
 * @param confidentiality {@code internal} (default) or {@code publishable}
 * @param parentId the id of the event that encompasses this one
 */
public record EventFields(String type, String subType, String dateFrom, String dateTo, String datePrecision,
		String placeId, Integer geoPrecision, List<ActorInRole> actors, String descriptionAr, String descriptionEn,
		String confidentiality, String parentId) {
}
