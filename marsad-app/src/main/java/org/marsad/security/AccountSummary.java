package org.marsad.security;

import java.time.Instant;

/**
 * What may be shown of an account: never its password hash.
 *
 * @param username the login name
 * @param displayName the name shown in the UI
 * @param role the role
 * @param enabled whether it may log in
 * @param createdAt when it was created
 * @param lockedUntil until when it refuses every login after too many failed ones, or
 * {@code null}
 */
public record AccountSummary(String username, String displayName, Role role, boolean enabled, Instant createdAt,
		Instant lockedUntil) {

	/**
	 * Whether it refuses logins at this moment.
	 * @param now the moment
	 * @return whether it is locked
	 */
	public boolean lockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

}
