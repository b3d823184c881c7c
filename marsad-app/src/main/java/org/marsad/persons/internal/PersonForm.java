package org.marsad.persons.internal;

import org.marsad.persons.Person;
import org.marsad.persons.PersonFields;

/**
 * The person form as typed: every value text, read by {@link #toFields()}.
 */
record PersonForm(String fullName, String givenName, String fatherName, String grandfatherName, String familyName,
		String kunya, String latinNames, String sex, String age, String birthYear, String birthPrecision,
		String nationality, String originPlaceId, String description, String confidentiality, String version,
		String reason) {

	static PersonForm empty() {
		return new PersonForm("", "", "", "", "", "", "", "", "", "", "", "SY", "", "", "internal", "", "");
	}

	static PersonForm of(Person person) {
		return new PersonForm(person.fullName(), person.givenName(), person.fatherName(), person.grandfatherName(),
				person.familyName(), person.kunya(), String.join("\n", person.latinNames()), person.sex(),
				(person.age() != null) ? person.age().toString() : "",
				(person.birthYear() != null) ? person.birthYear().toString() : "", person.birthPrecision(),
				person.nationality(), person.originPlaceId(), person.description(), person.confidentiality(),
				String.valueOf(person.version()), "");
	}

	/**
	 * The fields, or a refusal naming the values that do not read.
	 * @param householdId the household the person stays in, or {@code null}
	 * @param relation the relation to its head
	 */
	PersonFields toFields(java.util.UUID householdId, String relation) {
		Problems problems = new Problems();
		Integer ageValue = FormValues.integer(this.age, "age", problems);
		Integer year = FormValues.integer(this.birthYear, "birthYear", problems);
		problems.throwIfAny();
		return new PersonFields(this.fullName, this.givenName, this.fatherName, this.grandfatherName, this.familyName,
				this.kunya, FormValues.lines(this.latinNames), this.sex, ageValue, null, year, this.birthPrecision,
				this.nationality, this.originPlaceId, this.description, householdId, relation, this.confidentiality,
				java.util.List.of());
	}

}
