package org.marsad.security;

/**
 * A request to create an account.
 *
 * @param username the login name (see {@link Accounts} for the rules)
 * @param displayName the name shown in the UI; the user name when blank
 * @param password the initial password
 * @param role the role
 */
public record NewAccount(String username, String displayName, String password, Role role) {

	@Override
	public String toString() {
		return "NewAccount[username=" + this.username + ", role=" + this.role + "]";
	}

}
