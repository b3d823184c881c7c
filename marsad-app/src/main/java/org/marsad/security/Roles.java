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

	/**
	 * Who may add and edit the place and actor catalogues and import gazetteers.
	 */
	public static final String CURATES = "hasAnyRole('ADMIN','COORDINATOR')";

	/** Who may code reports into events, figures and claims, and edit or void them. */
	public static final String CODES = "hasAnyRole('ADMIN','COORDINATOR','DOCUMENTER')";

	/** Who may set the verification status of an event. */
	public static final String VERIFIES = "hasAnyRole('ADMIN','COORDINATOR')";

	/**
	 * Who may know the sources: read them by pseudonym and see which source sent a report
	 * (every role but viewers, as search does).
	 */
	public static final String SEES_SOURCES = "hasAnyRole('ADMIN','COORDINATOR','DOCUMENTER','ANALYST')";

	/** Who may read the internal record. */
	public static final String READS = "hasAnyRole('ADMIN','COORDINATOR','DOCUMENTER','ANALYST','VIEWER')";

	/** Who may define and compute tallies, and export their series. */
	public static final String ANALYSES = "hasAnyRole('ADMIN','COORDINATOR','ANALYST')";

	/** Who may publish: freeze a tally as a dated snapshot. */
	public static final String PUBLISHES = "hasAnyRole('ADMIN','COORDINATOR')";

	/** Who may manage accounts. */
	public static final String ADMINISTERS = "hasRole('ADMIN')";

	/** Who may read and verify the audit log. */
	public static final String AUDITS = "hasRole('ADMIN')";

	private Roles() {
	}

}
