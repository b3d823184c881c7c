package org.marsad.bench.persons;

import org.marsad.persons.linkage.Sex;

/**
 * One real person of a synthetic population, before any source writes about them.
 *
 * @param entity the person's number, the truth of linkage
 * @param given the given name
 * @param father the father's given name
 * @param grandfather the grandfather's given name
 * @param family the family name with its article
 * @param sex the sex
 * @param birthYear the true year of birth
 * @param household the household's number
 */
record Individual(int entity, String given, String father, String grandfather, String family, Sex sex, int birthYear,
		int household) {
}
