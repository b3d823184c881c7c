package org.marsad.publishing.internal;

import java.util.function.Supplier;

import org.marsad.security.Role;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Reads the record on behalf of a public reader. The other modules' use cases are open to
 * accounts only; the public pages and exports read through them as the
 * {@value #PRINCIPAL} principal with the viewer's role, and this module then keeps only
 * what is publishable ({@link Audience#PUBLIC}). Nothing else runs as that principal: it
 * cannot log in, since no account of that name can exist (account names take no colon).
 */
final class PublicReading {

	/** The name the public reads under, in logs and audit entries. */
	static final String PRINCIPAL = "publication:public";

	private PublicReading() {
	}

	/**
	 * Runs a read for an audience: as the caller for {@link Audience#RECORD}, as the
	 * public principal otherwise.
	 * @param audience who reads
	 * @param read the read
	 * @return what it read
	 */
	static <T> T as(Audience audience, Supplier<T> read) {
		if (audience.seesInternal()) {
			return read.get();
		}
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext publication = SecurityContextHolder.createEmptyContext();
		publication.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(PRINCIPAL, null,
				AuthorityUtils.createAuthorityList(Role.VIEWER.authority())));
		SecurityContextHolder.setContext(publication);
		try {
			return read.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
