package org.marsad.security.internal;

import org.marsad.security.Role;

/**
 * A change to an account over the API; absent fields stay as they are.
 *
 * @param role the new role, or {@code null}
 * @param enabled whether it may log in, or {@code null}
 */
record AccountChange(Role role, Boolean enabled) {
}
