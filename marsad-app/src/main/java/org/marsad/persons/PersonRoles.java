package org.marsad.persons;

/**
 * Who may do what with persons, as method-security expressions.
 * <ul>
 * <li>{@link #READS}: every role; viewers only ever see publishable persons and no
 * document copies</li>
 * <li>{@link #RECORDS}: documenters, coordinators and administrators register and edit
 * persons and their evidence</li>
 * <li>{@link #DECIDES}: coordinators and administrators merge and unmerge duplicates and
 * issue identity attestations</li>
 * </ul>
 */
public final class PersonRoles {

	/** Who may read persons. */
	public static final String READS = "hasAnyRole('ADMIN','COORDINATOR','DOCUMENTER','ANALYST','VIEWER')";

	/** Who may register and edit persons and their evidence. */
	public static final String RECORDS = "hasAnyRole('ADMIN','COORDINATOR','DOCUMENTER')";

	/** Who may merge, unmerge and issue attestations. */
	public static final String DECIDES = "hasAnyRole('ADMIN','COORDINATOR')";

	/** Who may see internal persons and document copies (everyone but viewers). */
	public static final String STAFF = "hasAnyRole('ADMIN','COORDINATOR','DOCUMENTER','ANALYST')";

	private PersonRoles() {
	}

}
