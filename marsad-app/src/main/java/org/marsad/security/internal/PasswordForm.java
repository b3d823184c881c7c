package org.marsad.security.internal;

/**
 * A password change as submitted: the current password (when people change their own),
 * the new one and its repetition.
 */
class PasswordForm {

	private String currentPassword;

	private String newPassword;

	private String confirmation;

	boolean confirmed() {
		return this.newPassword != null && this.newPassword.equals(this.confirmation);
	}

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getConfirmation() {
		return this.confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation;
	}

}
