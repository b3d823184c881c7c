package org.marsad.events.internal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is making the current change, to record beside it.
 */
final class Caller {

	private Caller() {
	}

	/** The login name, or {@code system} outside a request. */
	static String name() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null) ? authentication.getName() : "system";
	}

}
