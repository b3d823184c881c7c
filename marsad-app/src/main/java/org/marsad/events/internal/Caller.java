package org.marsad.events.internal;

import java.util.Set;

import org.marsad.security.Role;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling a use case: the name to record beside a change, and whether internal
 * events exist for them.
 */
final class Caller {

	private static final Set<String> STAFF = Set.of(Role.ADMIN.authority(), Role.COORDINATOR.authority(),
			Role.DOCUMENTER.authority(), Role.ANALYST.authority());

	private Caller() {
	}

	/** The login name, or {@code system} outside a request. */
	static String name() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null) ? authentication.getName() : "system";
	}

	/**
	 * Whether the caller holds a staff role, and so sees internal events (row
	 * {@code events.readInternal} of docs/SECURITY.md). Outside a request (the search
	 * feed, console commands) the system sees everything.
	 */
	static boolean seesInternal() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return true;
		}
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			if (STAFF.contains(authority.getAuthority())) {
				return true;
			}
		}
		return false;
	}

}
