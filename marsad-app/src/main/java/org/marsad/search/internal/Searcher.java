package org.marsad.search.internal;

import org.marsad.search.Viewer;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The {@link Viewer} behind a request.
 */
final class Searcher {

	private Searcher() {
	}

	static Viewer of(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()) {
			return Viewer.ANONYMOUS;
		}
		return Viewer
			.ofAuthorities(authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
	}

}
