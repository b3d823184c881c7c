package org.marsad.security.internal;

import java.time.Instant;
import java.util.UUID;

import org.marsad.security.Role;

/**
 * A person's account.
 *
 * @param id the id
 * @param username the login name
 * @param passwordHash the adaptive hash of the password
 * @param role the role
 * @param displayName the name shown in the UI
 * @param enabled whether the account may log in
 * @param createdAt when it was created
 * @param failedLogins failed logins since the last successful one
 * @param lockedUntil until when it refuses logins, or {@code null}
 */
record Account(UUID id, String username, String passwordHash, Role role, String displayName, boolean enabled,
		Instant createdAt, int failedLogins, Instant lockedUntil) {

	/** A new account, never failed nor locked. */
	Account(UUID id, String username, String passwordHash, Role role, String displayName, boolean enabled,
			Instant createdAt) {
		this(id, username, passwordHash, role, displayName, enabled, createdAt, 0, null);
	}

}
