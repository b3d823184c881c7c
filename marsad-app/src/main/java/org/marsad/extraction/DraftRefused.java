package org.marsad.extraction;

/**
 * A text that cannot be drafted, naming the field: missing, or larger than a report may
 * be. The message never repeats the text.
 */
public class DraftRefused extends RuntimeException {

	private final String field;

	private final String code;

	/**
	 * Creates the refusal.
	 * @param field the field, e.g. {@code text}
	 * @param code the message key, e.g. {@code draft.error.textRequired}
	 */
	public DraftRefused(String field, String code) {
		super("refused: " + field);
		this.field = field;
		this.code = code;
	}

	/** The offending field. */
	public String field() {
		return this.field;
	}

	/** The message key. */
	public String code() {
		return this.code;
	}

}
