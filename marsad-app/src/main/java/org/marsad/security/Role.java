package org.marsad.security;

/**
 * What a person may do in Marsad (DESIGN, "Who uses it").
 * <ul>
 * <li>{@link #ADMIN}: users, roles, keys, backups</li>
 * <li>{@link #COORDINATOR}: grades sources, verifies, resolves duplicates, publishes</li>
 * <li>{@link #DOCUMENTER}: logs reports and attachments, codes events, figures and
 * persons</li>
 * <li>{@link #ANALYST}: searches, builds tallies, exports</li>
 * <li>{@link #VIEWER}: reads what the organisation has recorded, nothing protected</li>
 * </ul>
 */
public enum Role {

	ADMIN, COORDINATOR, DOCUMENTER, ANALYST, VIEWER;

	/** The Spring Security authority name, e.g. {@code ROLE_ADMIN}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
