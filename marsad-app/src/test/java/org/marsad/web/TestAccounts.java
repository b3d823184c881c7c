package org.marsad.web;

import org.marsad.security.Accounts;
import org.marsad.security.Role;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Creates and changes accounts for tests through the security module's API, acting as the
 * built-in administrator for the length of the call.
 */
public final class TestAccounts {

	private TestAccounts() {
	}

	public static void create(Accounts accounts, String username, String password, Role role) {
		asAdmin(() -> {
			if (!accounts.exists(username)) {
				accounts.create(username, password, role);
			}
		});
	}

	public static void asAdmin(Runnable work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext admin = SecurityContextHolder.createEmptyContext();
		admin.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null,
				AuthorityUtils.createAuthorityList(Role.ADMIN.authority())));
		SecurityContextHolder.setContext(admin);
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
