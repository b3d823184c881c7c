package org.marsad.persons;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A person as typed: what a documenter registers or changes. Codes are checked by the use
 * case, which names each offending field.
 *
 * @param fullName the full name as written (required), e.g. «محمد بن أحمد الخلف أبو بكر»
 * @param givenName the given name; parsed from the full name when every part is empty
 * @param fatherName the father's name
 * @param grandfatherName the grandfather's name
 * @param familyName the family or tribe
 * @param kunya the kunya or laqab, e.g. «أبو بكر»
 * @param latinNames Latin spellings, e.g. {@code Mohammed al-Khalaf}
 * @param sex {@code female}, {@code male} or {@code null}
 * @param age the age in years when recorded, or {@code null}
 * @param ageOn the day the age was given, today when omitted
 * @param birthYear the year of birth, or {@code null}
 * @param birthPrecision {@code exact}, {@code about} (±2 years) or {@code decade}
 * @param nationality ISO 3166-1 alpha-2 code, e.g. {@code SY}
 * @param originPlaceId the place of origin in the catalogue
 * @param description what else identifies the person (appearance, clothing, marks)
 * @param householdId the household, or {@code null}
 * @param householdRelation the relation to the head: {@code head}, {@code spouse},
 * {@code son}, {@code daughter}, {@code parent}, {@code sibling}, {@code grandchild},
 * {@code grandparent}, {@code relative}, {@code other}
 * @param confidentiality {@code internal} (the default) or {@code publishable}
 * @param sourceReportIds the reports that speak of the person
 */
public record PersonFields(String fullName, String givenName, String fatherName, String grandfatherName,
		String familyName, String kunya, List<String> latinNames, String sex, Integer age, LocalDate ageOn,
		Integer birthYear, String birthPrecision, String nationality, String originPlaceId, String description,
		UUID householdId, String householdRelation, String confidentiality, List<UUID> sourceReportIds) {

	/** Copies the lists, empty when absent. */
	public PersonFields {
		latinNames = (latinNames != null) ? List.copyOf(latinNames.stream().filter((n) -> n != null).toList())
				: List.of();
		sourceReportIds = (sourceReportIds != null)
				? List.copyOf(sourceReportIds.stream().filter((n) -> n != null).toList()) : List.of();
	}

	/**
	 * The same fields in another household.
	 * @param household the household
	 * @return the fields
	 */
	public PersonFields inHousehold(UUID household) {
		return new PersonFields(this.fullName, this.givenName, this.fatherName, this.grandfatherName, this.familyName,
				this.kunya, this.latinNames, this.sex, this.age, this.ageOn, this.birthYear, this.birthPrecision,
				this.nationality, this.originPlaceId, this.description, household, this.householdRelation,
				this.confidentiality, this.sourceReportIds);
	}

}
