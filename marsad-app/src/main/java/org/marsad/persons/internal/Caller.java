package org.marsad.persons.internal;

import java.util.Set;

import org.marsad.security.Role;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling a use case: the name to record beside a change, and whether internal
 * persons exist for them.
 */
final class Caller {

	private static final Set<String> STAFF = Set.of(Role.ADMIN.authority(), Role.COORDINATOR.authority(),
			Role.DOCUMENTER.authority(), Role.ANALYST.authority());

	private static final Set<String> RECORDS = Set.of(Role.ADMIN.authority(), Role.COORDINATOR.authority(),
			Role.DOCUMENTER.authority());

	private Caller() {
	}

	/** The login name, or {@code system} outside a request. */
	static String name() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null) ? authentication.getName() : "system";
	}

	/**
	 * Whether the caller holds a staff role: sees internal persons and document copies.
	 * Outside a request (the search feed, console commands) the system sees everything.
	 */
	static boolean isStaff() {
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

	/**
	 * Whether the caller may register and edit persons ({@code PersonRoles.RECORDS}), to
	 * show the forms that do so. Outside a request: no.
	 */
	static boolean records() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return false;
		}
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			if (RECORDS.contains(authority.getAuthority())) {
				return true;
			}
		}
		return false;
	}

}
