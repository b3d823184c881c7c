package org.marsad.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.marsad.text.vocabulary.DatePrecision;
import org.marsad.text.vocabulary.EventType;
import org.marsad.text.vocabulary.VerificationStatus;

/**
 * An event as recorded, at its latest version.
 *
 * @param id the id
 * @param type the type (ACLED's types and the displacement types of DESIGN)
 * @param subType an ACLED sub-type or a finer type, free text
 * @param dateFrom the first day it may have happened
 * @param dateTo the last day it may have happened
 * @param datePrecision how precisely the dates are known
 * @param placeId the gazetteer id of the place, if known
 * @param geoPrecision ACLED geo-precision: 1 the named town, 2 part of a region or near a
 * town, 3 a larger region
 * @param actors the actors in their roles
 * @param descriptionAr the description in Arabic
 * @param descriptionEn the description in English
 * @param status the verification status
 * @param statusReason why a coordinator set the status; {@code null} while the status
 * follows the suggestion
 * @param confidentiality whether it may be published
 * @param parentId the event that encompasses it (a campaign, an exodus)
 * @param reports the reports that support it
 * @param figures its figures with their claims, voided ones included
 * @param version the version, one more at every change
 * @param voided whether it was voided
 * @param voidReason why it was voided
 * @param createdAt when it was recorded
 * @param createdBy who recorded it
 * @param updatedAt when it last changed
 * @param updatedBy who last changed it
 */
public record Event(UUID id, EventType type, String subType, LocalDate dateFrom, LocalDate dateTo,
		DatePrecision datePrecision, String placeId, Integer geoPrecision, List<EventActor> actors,
		String descriptionAr, String descriptionEn, VerificationStatus status, String statusReason,
		Confidentiality confidentiality, UUID parentId, List<SupportingReport> reports, List<Figure> figures,
		int version, boolean voided, String voidReason, Instant createdAt, String createdBy, Instant updatedAt,
		String updatedBy) {

	/** Whether a coordinator decided the status, rather than the suggestion. */
	public boolean statusDecided() {
		return this.statusReason != null;
	}

	/**
	 * The same event with its figures.
	 * @param figures the figures
	 * @return the event
	 */
	public Event withFigures(List<Figure> figures) {
		return new Event(this.id, this.type, this.subType, this.dateFrom, this.dateTo, this.datePrecision, this.placeId,
				this.geoPrecision, this.actors, this.descriptionAr, this.descriptionEn, this.status, this.statusReason,
				this.confidentiality, this.parentId, this.reports, List.copyOf(figures), this.version, this.voided,
				this.voidReason, this.createdAt, this.createdBy, this.updatedAt, this.updatedBy);
	}

}
