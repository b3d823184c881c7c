package org.marsad.security.internal;

import java.time.Instant;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Loads accounts for form and HTTP Basic login. User names are matched in their canonical
 * form (trimmed, lower case), as they are stored. An account locked after failed logins
 * is refused before its password is checked.
 */
class AccountDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	AccountDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Account account = this.accounts.findByUsername(AccountRules.canonicalUsername(username))
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
		return new AccountDetails(account, Instant.now());
	}

}
