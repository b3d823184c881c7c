package org.marsad.persons;

/**
 * A link of a person to a figure that is refused, naming the field at fault
 * ({@code personId} or {@code figureId}) and why. Nothing has been stored when it is
 * thrown.
 */
public class CountingRefused extends RuntimeException {

	/**
	 * Why a link is refused, with the HTTP status it answers.
	 * <ul>
	 * <li>{@link #UNKNOWN}: no such person or figure that the caller may see (404)</li>
	 * <li>{@link #VOID}: the person is void or merged, the figure or its event void
	 * (409)</li>
	 * <li>{@link #UNIT}: the figure does not count persons or families, or a family
	 * figure and a person who is not the head of a household (422)</li>
	 * <li>{@link #TWICE}: the person is already linked to the figure (409)</li>
	 * <li>{@link #NOT_LINKED}: an unlink of a person who is not linked to the figure
	 * (404)</li>
	 * </ul>
	 */
	public enum Reason {

		UNKNOWN(404), VOID(409), UNIT(422), TWICE(409), NOT_LINKED(404);

		private final int status;

		Reason(int status) {
			this.status = status;
		}

		/** The HTTP status it answers. */
		public int status() {
			return this.status;
		}

	}

	private final String field;

	private final String code;

	private final Reason reason;

	/**
	 * Creates the refusal.
	 * @param field the field at fault
	 * @param code the message key
	 * @param reason why
	 */
	public CountingRefused(String field, String code, Reason reason) {
		super("refused: " + field + " (" + reason + ")");
		this.field = field;
		this.code = code;
		this.reason = reason;
	}

	/** The field at fault, {@code personId} or {@code figureId}. */
	public String field() {
		return this.field;
	}

	/** The message key. */
	public String code() {
		return this.code;
	}

	/** Why. */
	public Reason reason() {
		return this.reason;
	}

}
