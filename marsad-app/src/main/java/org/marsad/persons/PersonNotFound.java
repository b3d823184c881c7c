package org.marsad.persons;

/**
 * Asked for a person, household, document copy or attestation that does not exist, or
 * that the caller may not see (an internal person for a viewer): both answer the same, so
 * that a viewer cannot tell an internal record from a missing one.
 */
public class PersonNotFound extends RuntimeException {

	/**
	 * Creates the exception.
	 * @param what what was asked for, e.g. {@code person}
	 */
	public PersonNotFound(String what) {
		super("no such " + what);
	}

}
