package org.marsad.imports.internal;

import java.util.Map;

import org.marsad.imports.PersonField;

/**
 * Names the sheet field behind a field path of the persons API's refusals
 * ({@code fullName}, {@code members[2].age}, {@code latinNames[1]}, a document's
 * {@code number}), so that a refusal is reported in the sheet's own terms.
 * <ul>
 * <li>a path names the field of its last segment, without its index</li>
 * <li>the name parts the registry parses from the full name fall back to the full-name
 * column; the day an age was given to the age column</li>
 * <li>a household's name is its key</li>
 * </ul>
 */
final class PersonRefusalColumns {

	private static final Map<String, PersonField> PERSON = Map.ofEntries(Map.entry("fullName", PersonField.FULL_NAME),
			Map.entry("givenName", PersonField.FULL_NAME), Map.entry("fatherName", PersonField.FULL_NAME),
			Map.entry("grandfatherName", PersonField.FULL_NAME), Map.entry("familyName", PersonField.FULL_NAME),
			Map.entry("kunya", PersonField.FULL_NAME), Map.entry("latinNames", PersonField.LATIN_NAME),
			Map.entry("sex", PersonField.SEX), Map.entry("age", PersonField.AGE), Map.entry("ageOn", PersonField.AGE),
			Map.entry("birthYear", PersonField.BIRTH_YEAR), Map.entry("birthPrecision", PersonField.BIRTH_YEAR),
			Map.entry("nationality", PersonField.NATIONALITY), Map.entry("originPlaceId", PersonField.ORIGIN),
			Map.entry("description", PersonField.DESCRIPTION), Map.entry("householdId", PersonField.HOUSEHOLD_KEY),
			Map.entry("householdRelation", PersonField.RELATION), Map.entry("name", PersonField.HOUSEHOLD_KEY),
			Map.entry("members", PersonField.HOUSEHOLD_KEY), Map.entry("confidentiality", PersonField.CONFIDENTIALITY));

	private static final Map<String, PersonField> DOCUMENT = Map.of("type", PersonField.DOCUMENT_TYPE, "issuingCountry",
			PersonField.DOCUMENT_COUNTRY, "number", PersonField.DOCUMENT_NUMBER, "state", PersonField.DOCUMENT_STATE,
			"note", PersonField.DOCUMENT_TYPE);

	private PersonRefusalColumns() {
	}

	/**
	 * The sheet field a refusal of a person or household names.
	 * @param path the path, e.g. {@code members[2].age}
	 * @return the field, or {@code null} when the path names none of the sheet's
	 */
	static PersonField person(String path) {
		return PERSON.get(last(path));
	}

	/**
	 * The sheet field a refusal of an identity document names.
	 * @param path the path, e.g. {@code issuingCountry}
	 * @return the field, or {@code null}
	 */
	static PersonField document(String path) {
		return DOCUMENT.get(last(path));
	}

	/**
	 * The member a household refusal's path names.
	 * @param path e.g. {@code members[2].age}
	 * @return the member's index, or -1 for the household as a whole
	 */
	static int member(String path) {
		if (!path.startsWith("members[")) {
			return -1;
		}
		return Integer.parseInt(path.substring("members[".length(), path.indexOf(']')));
	}

	private static String last(String path) {
		String segment = path.substring(path.lastIndexOf('.') + 1);
		int index = segment.indexOf('[');
		return (index >= 0) ? segment.substring(0, index) : segment;
	}

}
