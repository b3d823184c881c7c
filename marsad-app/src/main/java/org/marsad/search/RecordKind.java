package org.marsad.search;

/**
 * What kind of record a search document stands for. Every document in the index carries
 * its kind, so that one index serves reports, events and persons and a search can ask for
 * one kind or all.
 */
public enum RecordKind {

	/** A report as received ({@link ReportDocument}). */
	REPORT("report"),

	/** A coded event ({@link EventDocument}). */
	EVENT("event"),

	/** A coded person ({@link PersonDocument}). */
	PERSON("person");

	private final String code;

	RecordKind(String code) {
		this.code = code;
	}

	/**
	 * The code in the index, in hits and in the {@code kind} filter, e.g. {@code event}.
	 */
	public String code() {
		return this.code;
	}

}
