package org.marsad.intake;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What kind of source a report comes from.
 */
public enum SourceKind {

	FIELD_CORRESPONDENT, MEDICAL, LOCAL_COUNCIL, MEDIA, RESIDENT, OFFICIAL, OTHER;

	/**
	 * The code used in JSON, forms and the database, e.g. {@code field_correspondent}.
	 */
	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Reads a code written by {@link #code()}.
	 * @param code the code
	 * @return the kind
	 * @throws IllegalArgumentException for an unknown code
	 */
	public static SourceKind ofCode(String code) {
		for (SourceKind kind : values()) {
			if (kind.code().equals(code)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("unknown source kind");
	}

}
