package org.marsad.persons.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A row of {@code person} as stored.
 */
record PersonRow(UUID id, String fullName, NameParts parts, String latinNames, String sex, Integer age, LocalDate ageOn,
		Integer birthYear, String birthPrecision, String nationality, String originPlaceId, String description,
		UUID householdId, String householdRelation, String confidentiality, UUID mergedInto, int version,
		boolean voided, String voidReason, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

	List<String> latinList() {
		return (this.latinNames == null) ? List.of() : Arrays.stream(this.latinNames.split("\n")).toList();
	}

	boolean publishable() {
		return "publishable".equals(this.confidentiality);
	}

	boolean live() {
		return !this.voided && this.mergedInto == null;
	}

}
