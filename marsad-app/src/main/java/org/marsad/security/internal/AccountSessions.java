package org.marsad.security.internal;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Ends the open web sessions of an account, so that a disabled account, a new role or a
 * reset password takes effect at once rather than when the session times out (a lost or
 * seized phone must stop working immediately).
 */
class AccountSessions {

	private final SessionRegistry registry;

	AccountSessions(SessionRegistry registry) {
		this.registry = registry;
	}

	void end(String username) {
		for (Object principal : this.registry.getAllPrincipals()) {
			if (principal instanceof UserDetails user && user.getUsername().equals(username)) {
				this.registry.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
			}
		}
	}

}
