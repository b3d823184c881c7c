package org.marsad.security;

/**
 * Thrown when no account has the given user name.
 */
public class AccountNotFound extends RuntimeException {

	public AccountNotFound(String username) {
		super("no account named " + username);
	}

}
