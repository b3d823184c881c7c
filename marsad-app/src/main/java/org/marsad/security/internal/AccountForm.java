package org.marsad.security.internal;

import org.marsad.security.NewAccount;
import org.marsad.security.Role;

/**
 * The new-account form as submitted.
 */
class AccountForm {

	private String username;

	private String displayName;

	private String password;

	private Role role = Role.DOCUMENTER;

	NewAccount toNewAccount() {
		return new NewAccount(this.username, this.displayName, this.password, this.role);
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

}
