package org.marsad.security.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.marsad.security.AccountProblem;

/**
 * The rules an account must keep, as plain checks that name the offending field.
 * <ul>
 * <li>user name: 3 to 32 characters of {@code a-z 0-9 . _ -}, starting with a letter;
 * compared in lower case</li>
 * <li>password: at least {@value #MIN_PASSWORD_LENGTH} characters (NIST SP 800-63B
 * §3.1.1.2 asks for length rather than composition rules), at most
 * {@value #MAX_PASSWORD_BYTES} UTF-8 bytes because bcrypt ignores the rest, and not the
 * user name</li>
 * <li>display name: at most {@value #MAX_DISPLAY_NAME} characters, no control
 * characters</li>
 * </ul>
 */
final class AccountRules {

	static final int MIN_PASSWORD_LENGTH = 12;

	static final int MAX_PASSWORD_BYTES = 72;

	static final int MAX_DISPLAY_NAME = 200;

	private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,31}");

	private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

	private AccountRules() {
	}

	/**
	 * The canonical form of a user name as typed: trimmed and in lower case.
	 * @param username the user name as typed, may be {@code null}
	 * @return the canonical form, empty for {@code null}
	 */
	static String canonicalUsername(String username) {
		return (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
	}

	static List<AccountProblem> checkUsername(String canonical) {
		if (canonical.isEmpty()) {
			return List.of(new AccountProblem("username", "account.username.required"));
		}
		if (!USERNAME.matcher(canonical).matches()) {
			return List.of(new AccountProblem("username", "account.username.invalid"));
		}
		return List.of();
	}

	static List<AccountProblem> checkPassword(String field, String password, String canonicalUsername) {
		if (password == null || password.isEmpty()) {
			return List.of(new AccountProblem(field, "account.password.required"));
		}
		if (password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
			return List.of(new AccountProblem(field, "account.password.tooShort"));
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			return List.of(new AccountProblem(field, "account.password.tooLong"));
		}
		if (password.strip().equalsIgnoreCase(canonicalUsername)) {
			return List.of(new AccountProblem(field, "account.password.isUsername"));
		}
		return List.of();
	}

	static List<AccountProblem> checkDisplayName(String displayName) {
		if (displayName == null) {
			return List.of();
		}
		if (displayName.length() > MAX_DISPLAY_NAME || CONTROL.matcher(displayName).find()) {
			return List.of(new AccountProblem("displayName", "account.displayName.invalid"));
		}
		return List.of();
	}

	static List<AccountProblem> checkNew(String canonicalUsername, String displayName, String password, Object role) {
		List<AccountProblem> problems = new ArrayList<>(checkUsername(canonicalUsername));
		problems.addAll(checkDisplayName(displayName));
		problems.addAll(checkPassword("password", password, canonicalUsername));
		if (role == null) {
			problems.add(new AccountProblem("role", "account.role.required"));
		}
		return problems;
	}

}
