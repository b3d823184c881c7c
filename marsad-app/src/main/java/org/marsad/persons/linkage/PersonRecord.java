package org.marsad.persons.linkage;

import java.util.List;
import java.util.Objects;

/**
 * One source's account of a person, as the linkage engine compares it. Every field but
 * the id may be missing: a missing field neither supports nor weakens a match.
 *
 * @param id the registry's id of the record
 * @param fullName the name as written, usually in Arabic script («محمد بن أحمد الجبوري»);
 * a Latin spelling is read as well when that is all the source gave
 * @param latinNames other spellings of the same name, usually in Latin script
 * @param sex the sex, or null
 * @param birthYear the year of birth (from a stated age or date), or null
 * @param yearPrecision how many years the birth year may be off either way (0 for a
 * stated date, 2 or more for «نحو 40 عاماً»)
 * @param nationality ISO 3166-1 alpha-2 code, or null
 * @param origin place of origin (a gazetteer id or a name), or null
 * @param householdNames names of the other members of the person's household, as written
 */
public record PersonRecord(String id, String fullName, List<String> latinNames, Sex sex, Integer birthYear,
		int yearPrecision, String nationality, String origin, List<String> householdNames) {

	/**
	 * Checks the id and replaces null lists with empty ones.
	 */
	public PersonRecord {
		Objects.requireNonNull(id, "id");
		latinNames = (latinNames != null) ? List.copyOf(latinNames) : List.of();
		householdNames = (householdNames != null) ? List.copyOf(householdNames) : List.of();
		if (yearPrecision < 0) {
			throw new IllegalArgumentException("yearPrecision must not be negative: " + yearPrecision);
		}
	}

	/**
	 * A record with only a name.
	 * @param id the id
	 * @param fullName the name as written
	 * @return the record
	 */
	public static PersonRecord named(String id, String fullName) {
		return new PersonRecord(id, fullName, List.of(), null, null, 0, null, null, List.of());
	}

}
