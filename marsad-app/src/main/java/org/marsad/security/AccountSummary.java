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
 */
public record AccountSummary(String username, String displayName, Role role, boolean enabled, Instant createdAt) {
}
