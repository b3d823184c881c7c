package org.marsad.publishing.internal;

import java.util.Set;

import org.marsad.security.Role;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who a publication is written for, decided by the caller's account.
 * <ul>
 * <li>{@link #PUBLIC}: no account, or one without a role that reads the record:
 * publishable records only, never void ones</li>
 * <li>{@link #RECORD}: an account that may read the record (every role of
 * {@code Roles.READS}): internal records too</li>
 * </ul>
 */
enum Audience {

	PUBLIC, RECORD;

	private static final Set<String> READERS = Set.of(Role.ADMIN.authority(), Role.COORDINATOR.authority(),
			Role.DOCUMENTER.authority(), Role.ANALYST.authority(), Role.VIEWER.authority());

	/** The audience of the current request. */
	static Audience current() {
		return of(SecurityContextHolder.getContext().getAuthentication());
	}

	static Audience of(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken
				|| PublicReading.PRINCIPAL.equals(authentication.getName())) {
			return PUBLIC;
		}
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			if (READERS.contains(authority.getAuthority())) {
				return RECORD;
			}
		}
		return PUBLIC;
	}

	/** Whether internal records may be shown. */
	boolean seesInternal() {
		return this == RECORD;
	}

}
