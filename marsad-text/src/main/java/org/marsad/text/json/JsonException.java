package org.marsad.text.json;

/**
 * Thrown by {@link JsonReader} for text that is not JSON.
 */
public class JsonException extends RuntimeException {

	/**
	 * Creates an exception.
	 * @param message what was wrong and where
	 */
	public JsonException(String message) {
		super(message);
	}

}
