package org.marsad.catalogue;

import java.util.List;

/**
 * A catalogue change or list request that is refused, naming the offending fields.
 * Nothing has been stored when it is thrown.
 */
public class CatalogueRefused extends RuntimeException {

	private final List<Problem> problems;

	/**
	 * Creates the refusal.
	 * @param problems the problems, at least one
	 */
	public CatalogueRefused(List<Problem> problems) {
		super("refused: " + problems.stream().map(Problem::field).toList());
		this.problems = List.copyOf(problems);
	}

	/**
	 * A refusal for one field.
	 * @param field the field
	 * @param code the message key
	 * @return the refusal
	 */
	public static CatalogueRefused of(String field, String code) {
		return new CatalogueRefused(List.of(new Problem(field, code)));
	}

	/** The problems, one or more per offending field. */
	public List<Problem> problems() {
		return this.problems;
	}

	/**
	 * What is wrong with one field.
	 *
	 * @param field the field, as named in the API and the forms (e.g. {@code parentId})
	 * @param code the message key that explains the problem (e.g.
	 * {@code catalogue.error.parentUnknown})
	 */
	public record Problem(String field, String code) {
	}

}
