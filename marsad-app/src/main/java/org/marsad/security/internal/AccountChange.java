package org.marsad.security.internal;

import org.marsad.security.Role;

/**
 * A change to an account over the API; absent fields stay as they are.
 *
 * @param role the new role, or {@code null}
 * @param enabled whether it may log in, or {@code null}
 * @param locked {@code false} to unlock an account locked after failed logins; locking is
 * left to the failed logins themselves
 */
record AccountChange(Role role, Boolean enabled, Boolean locked) {
}
