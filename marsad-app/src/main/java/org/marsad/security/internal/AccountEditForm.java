package org.marsad.security.internal;

import org.marsad.security.AccountSummary;
import org.marsad.security.Role;

/**
 * The role and login permission of an account, as edited by an administrator.
 */
class AccountEditForm {

	private Role role;

	private boolean enabled;

	static AccountEditForm of(AccountSummary account) {
		AccountEditForm form = new AccountEditForm();
		form.setRole(account.role());
		form.setEnabled(account.enabled());
		return form;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

}
