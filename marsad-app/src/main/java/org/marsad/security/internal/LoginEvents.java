package org.marsad.security.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Tells {@link LoginAttempts} of every failed and successful login, by form and by HTTP
 * Basic alike. A wrong password and a name of no account are both bad credentials, and
 * counted the same way.
 */
class LoginEvents {

	private final LoginAttempts attempts;

	LoginEvents(LoginAttempts attempts) {
		this.attempts = attempts;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		this.attempts.failed(event.getAuthentication().getName(), address(event.getAuthentication()));
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AccountDetails account && account.hasFailedLogins()) {
			this.attempts.succeeded(account.getUsername());
		}
	}

	private static String address(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: "unknown";
	}

}
