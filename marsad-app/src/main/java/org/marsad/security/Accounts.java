package org.marsad.security;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Who may log in to Marsad, and with which role. Only an administrator manages accounts;
 * every person may change their own password.
 * <ul>
 * <li>user names: 3 to 32 characters, lower-case Latin letters, digits, {@code .},
 * {@code _} or {@code -}, starting with a letter (they appear in URLs and logs, so they
 * stay plain ASCII)</li>
 * <li>passwords: at least 12 characters and at most 72 UTF-8 bytes (bcrypt reads no
 * further), not the user name</li>
 * <li>at least one enabled administrator always remains</li>
 * <li>after repeated failed logins an account is locked for a while; an administrator can
 * unlock it sooner</li>
 * </ul>
 * Rule violations throw {@link AccountRejected} naming the field; unknown user names
 * throw {@link AccountNotFound}.
 */
public interface Accounts {

	/**
	 * All accounts, by user name.
	 * @return the accounts
	 */
	@PreAuthorize(Roles.ADMINISTERS)
	List<AccountSummary> list();

	/**
	 * One account.
	 * @param username the user name
	 * @return the account, if it exists
	 */
	@PreAuthorize(Roles.ADMINISTERS)
	Optional<AccountSummary> find(String username);

	/**
	 * Whether an account of that name exists.
	 * @param username the user name, in any case
	 * @return {@code true} when it exists
	 */
	@PreAuthorize(Roles.ADMINISTERS)
	boolean exists(String username);

	/**
	 * Creates an account.
	 * @param account what to create
	 * @return the stored account
	 */
	@PreAuthorize(Roles.ADMINISTERS)
	AccountSummary create(NewAccount account);

	/**
	 * Creates an account whose display name is its user name.
	 * @param username the user name
	 * @param password the password
	 * @param role the role
	 * @return the stored account
	 */
	@PreAuthorize(Roles.ADMINISTERS)
	default AccountSummary create(String username, String password, Role role) {
		return create(new NewAccount(username, null, password, role));
	}

	/**
	 * Gives an account another role.
	 * @param username the user name
	 * @param role the new role
	 * @return the changed account
	 */
	@PreAuthorize(Roles.ADMINISTERS)
	AccountSummary changeRole(String username, Role role);

	/**
	 * Allows or stops logins with an account.
	 * @param username the user name
	 * @param enabled whether it may log in
	 * @return the changed account
	 */
	@PreAuthorize(Roles.ADMINISTERS)
	AccountSummary setEnabled(String username, boolean enabled);

	/**
	 * Lets an account locked after failed logins log in again at once, and forgets its
	 * failed logins.
	 * @param username the user name
	 * @return the unlocked account
	 */
	@PreAuthorize(Roles.ADMINISTERS)
	AccountSummary unlock(String username);

	/**
	 * Sets a new password for someone who lost theirs.
	 * @param username the user name
	 * @param newPassword the new password
	 */
	@PreAuthorize(Roles.ADMINISTERS)
	void resetPassword(String username, String newPassword);

	/**
	 * Changes the password of the person logged in.
	 * @param currentPassword their current password, as a check that it is them
	 * @param newPassword the new password
	 */
	@PreAuthorize("isAuthenticated()")
	void changeOwnPassword(String currentPassword, String newPassword);

}
