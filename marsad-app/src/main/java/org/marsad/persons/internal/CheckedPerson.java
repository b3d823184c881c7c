package org.marsad.persons.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A person whose fields passed every rule, with the defaults filled in and the name parts
 * read from the full name when none were given.
 */
record CheckedPerson(String fullName, NameParts parts, List<String> latinNames, String sex, Integer age,
		LocalDate ageOn, Integer birthYear, String birthPrecision, String nationality, String originPlaceId,
		String description, UUID householdId, String householdRelation, String confidentiality,
		List<UUID> sourceReportIds) {

	/** The Latin spellings as stored: one per line. */
	String latinColumn() {
		return this.latinNames.isEmpty() ? null : String.join("\n", this.latinNames);
	}

}
