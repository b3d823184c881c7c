package org.marsad.security;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Creates the accounts of the people who use Marsad. Only administrators may do so.
 */
public interface Accounts {

	/**
	 * Creates an enabled account.
	 * @param username the login name, unique
	 * @param password the password in clear, stored only as an adaptive hash
	 * @param role the role
	 * @throws IllegalArgumentException when the name is taken or blank
	 */
	@PreAuthorize(Roles.ADMINISTERS)
	void create(String username, String password, Role role);

	/**
	 * Whether an account of that name exists.
	 * @param username the login name
	 * @return {@code true} when it exists
	 */
	@PreAuthorize(Roles.ADMINISTERS)
	boolean exists(String username);

}
