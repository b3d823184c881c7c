package org.marsad.intake.internal;

import java.util.Set;

import org.marsad.security.Role;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is making the current request, as far as intake needs to know: a name to record and
 * whether protected fields may be shown.
 */
final class Caller {

	private static final Set<String> SEES_PROTECTED = Set.of(Role.ADMIN.authority(), Role.COORDINATOR.authority());

	private static final Set<String> SEES_SOURCES = Set.of(Role.ADMIN.authority(), Role.COORDINATOR.authority(),
			Role.DOCUMENTER.authority(), Role.ANALYST.authority());

	private Caller() {
	}

	/** The login name, or {@code system} outside a request. */
	static String name() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null) ? authentication.getName() : "system";
	}

	/** Whether the caller may see protected fields such as contact details. */
	static boolean seesProtected() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && holdsAny(authentication, SEES_PROTECTED);
	}

	/**
	 * Whether the caller may know which source sent a report (docs/SECURITY.md,
	 * {@code reports.source}). The application's own work outside a request (indexing,
	 * drafts) may.
	 */
	static boolean seesSources() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || holdsAny(authentication, SEES_SOURCES);
	}

	private static boolean holdsAny(Authentication authentication, Set<String> authorities) {
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			if (authorities.contains(authority.getAuthority())) {
				return true;
			}
		}
		return false;
	}

}
