package org.marsad.persons;

import java.util.UUID;

/**
 * An edit made on a version of a person that is no longer the latest. Nothing was changed
 * (HTTP 409).
 */
public class PersonConflict extends RuntimeException {

	private final UUID id;

	private final int currentVersion;

	/**
	 * Creates the conflict.
	 * @param id the person
	 * @param currentVersion its version now
	 */
	public PersonConflict(UUID id, int currentVersion) {
		super("person " + id + " is at version " + currentVersion);
		this.id = id;
		this.currentVersion = currentVersion;
	}

	/** The person. */
	public UUID id() {
		return this.id;
	}

	/** Its version now. */
	public int currentVersion() {
		return this.currentVersion;
	}

}
