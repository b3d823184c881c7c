package org.marsad.persons.linkage;

/**
 * The sex recorded for a person, when a source states it.
 */
public enum Sex {

	FEMALE, MALE

}
