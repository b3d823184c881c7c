package org.marsad.events;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether an event may leave the organisation: internal events never appear in
 * publications or public exports.
 */
public enum Confidentiality {

	INTERNAL, PUBLISHABLE;

	/** The code used in JSON, forms and the database, e.g. {@code internal}. */
	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Reads a code written by {@link #code()}.
	 * @param code the code
	 * @return the value
	 * @throws IllegalArgumentException for an unknown code
	 */
	public static Confidentiality ofCode(String code) {
		for (Confidentiality value : values()) {
			if (value.code().equals(code)) {
				return value;
			}
		}
		throw new IllegalArgumentException("unknown confidentiality");
	}

}
