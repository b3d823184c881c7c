package org.marsad.intake;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a report reached the organisation.
 */
public enum Channel {

	MESSAGE, CALL, EMAIL, WEB, AUDIO, DOCUMENT;

	/** The code used in JSON, forms and the database, e.g. {@code message}. */
	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Reads a code written by {@link #code()}.
	 * @param code the code
	 * @return the channel
	 * @throws IllegalArgumentException for an unknown code
	 */
	public static Channel ofCode(String code) {
		for (Channel channel : values()) {
			if (channel.code().equals(code)) {
				return channel;
			}
		}
		throw new IllegalArgumentException("unknown channel");
	}

}
