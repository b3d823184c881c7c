package org.marsad.events;

import java.time.LocalDate;
import java.util.UUID;

import org.marsad.text.vocabulary.DatePrecision;
import org.marsad.text.vocabulary.EventType;
import org.marsad.text.vocabulary.VerificationStatus;

/**
 * A line in a list of events.
 *
 * @param id the id
 * @param type the type
 * @param subType the sub-type
 * @param dateFrom the first day
 * @param dateTo the last day
 * @param datePrecision the precision of the dates
 * @param placeId the place, if known
 * @param status the verification status
 * @param confidentiality whether it may be published
 * @param description the Arabic description, else the English one
 * @param reportCount how many reports support it
 * @param figureCount how many figures it has, voided ones left out
 * @param version the version
 * @param voided whether it was voided
 */
public record EventSummary(UUID id, EventType type, String subType, LocalDate dateFrom, LocalDate dateTo,
		DatePrecision datePrecision, String placeId, VerificationStatus status, Confidentiality confidentiality,
		String description, int reportCount, int figureCount, int version, boolean voided) {
}
