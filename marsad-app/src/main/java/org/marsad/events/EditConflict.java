package org.marsad.events;

import java.util.UUID;

/**
 * An edit made on a version that is no longer the latest: someone else changed the record
 * in between. Nothing was changed; the editor reloads the record, looks at the other
 * change, and makes theirs again (HTTP 409).
 */
public class EditConflict extends RuntimeException {

	private final String record;

	private final UUID id;

	private final int currentVersion;

	/**
	 * Creates the conflict.
	 * @param record {@code event} or {@code figure}
	 * @param id the record
	 * @param currentVersion its version now
	 */
	public EditConflict(String record, UUID id, int currentVersion) {
		super(record + " " + id + " is at version " + currentVersion);
		this.record = record;
		this.id = id;
		this.currentVersion = currentVersion;
	}

	/** {@code event} or {@code figure}. */
	public String record() {
		return this.record;
	}

	/** The record. */
	public UUID id() {
		return this.id;
	}

	/** Its version now. */
	public int currentVersion() {
		return this.currentVersion;
	}

}
