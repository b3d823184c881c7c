package org.marsad.security;

/**
 * Authority expressions for method security, so that use cases name who may run them in
 * one place.
 */
public final class Roles {

	/** Who may see protected source details (contact details). */
	public static final String SEES_PROTECTED = "hasAnyRole('ADMIN','COORDINATOR')";

	/** Who may add reports and sources. */
	public static final String RECORDS = "hasAnyRole('ADMIN','COORDINATOR','DOCUMENTER')";

	/** Who may grade sources. */
	public static final String GRADES = "hasAnyRole('ADMIN','COORDINATOR')";

	/** Who may read the internal record. */
	public static final String READS = "hasAnyRole('ADMIN','COORDINATOR','DOCUMENTER','ANALYST','VIEWER')";

	/** Who may manage accounts. */
	public static final String ADMINISTERS = "hasRole('ADMIN')";

	/** Who may read and verify the audit log. */
	public static final String AUDITS = "hasRole('ADMIN')";

	private Roles() {
	}

}
