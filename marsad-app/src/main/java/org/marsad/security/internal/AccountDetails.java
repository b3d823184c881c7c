package org.marsad.security.internal;

import java.time.Instant;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;

/**
 * An account as Spring Security sees it at login, with what the lockout needs: a locked
 * account is refused before its password is checked, and a login after failed ones clears
 * them.
 */
class AccountDetails extends User {

	private final int failedLogins;

	AccountDetails(Account account, Instant now) {
		super(account.username(), account.passwordHash(), account.enabled(), true, true,
				account.lockedUntil() == null || !account.lockedUntil().isAfter(now),
				AuthorityUtils.createAuthorityList(account.role().authority()));
		this.failedLogins = account.failedLogins();
	}

	/** Whether failed logins are on record. */
	boolean hasFailedLogins() {
		return this.failedLogins > 0;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
