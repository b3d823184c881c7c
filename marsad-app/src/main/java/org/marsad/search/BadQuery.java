package org.marsad.search;

/**
 * A query that cannot be run, naming the parameter at fault and never repeating its
 * value.
 */
public class BadQuery extends RuntimeException {

	private final String field;

	/**
	 * A refusal naming a parameter.
	 * @param field the parameter, e.g. {@code q} or {@code from}
	 */
	public BadQuery(String field) {
		super("bad search parameter: " + field);
		this.field = field;
	}

	/** The parameter at fault. */
	public String field() {
		return this.field;
	}

}
