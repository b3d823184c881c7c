package org.marsad.tallies.internal;

import java.util.Set;

import org.marsad.security.Role;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is asking, as far as tallies need to know: a name to record, and whether live
 * numbers may be computed for them.
 */
final class Caller {

	private static final Set<String> ANALYSES = Set.of(Role.ADMIN.authority(), Role.COORDINATOR.authority(),
			Role.ANALYST.authority());

	private static final Set<String> STAFF = Set.of(Role.ADMIN.authority(), Role.COORDINATOR.authority(),
			Role.DOCUMENTER.authority(), Role.ANALYST.authority());

	private Caller() {
	}

	/** The login name, or {@code system} outside a request. */
	static String name() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null) ? authentication.getName() : "system";
	}

	/** Whether the caller may compute tallies ({@code Roles.ANALYSES}). */
	static boolean analyses() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return false;
		}
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			if (ANALYSES.contains(authority.getAuthority())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the caller sees internal events: every staff role, not viewers (row
	 * {@code events.readInternal} of docs/SECURITY.md). Outside a request the system sees
	 * everything.
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
