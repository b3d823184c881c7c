package org.marsad.persons;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A person with the timeline, sources and identity evidence the caller may see.
 *
 * @param id the person
 * @param fullName the full name as written
 * @param givenName the given name
 * @param fatherName the father's name
 * @param grandfatherName the grandfather's name
 * @param familyName the family or tribe
 * @param kunya the kunya or laqab
 * @param latinNames the Latin spellings
 * @param sex the sex code
 * @param age the age when recorded
 * @param ageOn the day the age was given
 * @param birthYear the year of birth
 * @param birthPrecision its precision
 * @param nationality the nationality code
 * @param originPlaceId the place of origin
 * @param description the description
 * @param householdId the household
 * @param householdRelation the relation to its head
 * @param confidentiality {@code internal} or {@code publishable}
 * @param mergedInto the person this one was merged into, or {@code null}
 * @param version the version, from 1
 * @param voided whether it is void
 * @param voidReason why, when void
 * @param createdAt when registered
 * @param createdBy who registered it
 * @param updatedAt when last changed
 * @param updatedBy who last changed it
 * @param statuses the status timeline, oldest first
 * @param sourceReportIds the reports that speak of the person
 * @param documents identity documents (numbers masked)
 * @param copies copies of documents on file
 * @param attestations who vouches for the person
 * @param assessment what the evidence shows
 */
public record Person(UUID id, String fullName, String givenName, String fatherName, String grandfatherName,
		String familyName, String kunya, List<String> latinNames, String sex, Integer age, LocalDate ageOn,
		Integer birthYear, String birthPrecision, String nationality, String originPlaceId, String description,
		UUID householdId, String householdRelation, String confidentiality, UUID mergedInto, int version,
		boolean voided, String voidReason, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy,
		List<StatusEntry> statuses, List<UUID> sourceReportIds, List<IdentityDocument> documents,
		List<DocumentCopy> copies, List<Attestation> attestations, IdentityAssessment assessment) {

	/** The year of birth, or one estimated from the age and the day it was given. */
	public Integer estimatedBirthYear() {
		if (this.birthYear != null) {
			return this.birthYear;
		}
		return (this.age != null && this.ageOn != null) ? this.ageOn.getYear() - this.age : null;
	}

	/** The latest status entry, or {@code null}. */
	public StatusEntry latestStatus() {
		return this.statuses.isEmpty() ? null : this.statuses.get(this.statuses.size() - 1);
	}

}
