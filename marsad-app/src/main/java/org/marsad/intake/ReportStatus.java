package org.marsad.intake;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a report stands: new on arrival, coded once its events and figures are recorded,
 * verified once a coordinator has checked them.
 */
public enum ReportStatus {

	NEW, CODED, VERIFIED;

	/** The code used in JSON, forms and the database, e.g. {@code new}. */
	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Reads a code written by {@link #code()}.
	 * @param code the code
	 * @return the status
	 * @throws IllegalArgumentException for an unknown code
	 */
	public static ReportStatus ofCode(String code) {
		for (ReportStatus status : values()) {
			if (status.code().equals(code)) {
				return status;
			}
		}
		throw new IllegalArgumentException("unknown status");
	}

}
