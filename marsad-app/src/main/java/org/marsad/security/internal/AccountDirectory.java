package org.marsad.security.internal;

import java.time.Instant;
import java.util.UUID;

import org.marsad.security.Accounts;
import org.marsad.security.Role;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.StringUtils;

/**
 * Creates accounts in the {@code account} table with hashed passwords.
 */
class AccountDirectory implements Accounts {

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	AccountDirectory(AccountRepository accounts, PasswordEncoder encoder) {
		this.accounts = accounts;
		this.encoder = encoder;
	}

	@Override
	public void create(String username, String password, Role role) {
		if (!StringUtils.hasText(username) || !StringUtils.hasText(password)) {
			throw new IllegalArgumentException("user name and password are required");
		}
		if (exists(username)) {
			throw new IllegalArgumentException("user name taken");
		}
		this.accounts.insert(new Account(UUID.randomUUID(), username, this.encoder.encode(password), role, username,
				true, Instant.now()));
	}

	@Override
	public boolean exists(String username) {
		return this.accounts.findByUsername(username).isPresent();
	}

}
