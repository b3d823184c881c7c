package org.marsad.security.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.marsad.security.AccountChanged;
import org.marsad.security.AccountNotFound;
import org.marsad.security.AccountProblem;
import org.marsad.security.AccountRejected;
import org.marsad.security.AccountSummary;
import org.marsad.security.Accounts;
import org.marsad.security.NewAccount;
import org.marsad.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Carries out the {@link Accounts} use cases on the account table.
 * <ul>
 * <li>logs name the account and the change, never a password or hash</li>
 * <li>a new role, a disabled account or a reset password ends the account's open
 * sessions</li>
 * <li>every change publishes {@link AccountChanged} in its transaction, for the audit
 * log</li>
 * </ul>
 */
@Transactional
class AccountAdministration implements Accounts {

	private static final Logger log = LoggerFactory.getLogger(AccountAdministration.class);

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final AccountSessions sessions;

	private final ApplicationEventPublisher events;

	private final LoginAttempts attempts;

	AccountAdministration(AccountRepository accounts, PasswordEncoder encoder, AccountSessions sessions,
			ApplicationEventPublisher events, LoginAttempts attempts) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.sessions = sessions;
		this.events = events;
		this.attempts = attempts;
	}

	@Override
	@Transactional(readOnly = true)
	public List<AccountSummary> list() {
		return this.accounts.findAll().stream().map(AccountAdministration::summary).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AccountSummary> find(String username) {
		return this.accounts.findByUsername(AccountRules.canonicalUsername(username))
			.map(AccountAdministration::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return this.accounts.findByUsername(AccountRules.canonicalUsername(username)).isPresent();
	}

	@Override
	public AccountSummary create(NewAccount request) {
		String username = AccountRules.canonicalUsername(request.username());
		String displayName = StringUtils.hasText(request.displayName()) ? request.displayName().strip() : username;
		List<AccountProblem> problems = AccountRules.checkNew(username, displayName, request.password(),
				request.role());
		if (!problems.isEmpty()) {
			throw new AccountRejected(problems);
		}
		if (this.accounts.findByUsername(username).isPresent()) {
			throw new AccountRejected("username", "account.username.taken");
		}
		Account account = new Account(UUID.randomUUID(), username, this.encoder.encode(request.password()),
				request.role(), displayName, true, Instant.now());
		try {
			this.accounts.insert(account);
		}
		catch (DuplicateKeyException ex) {
			throw new AccountRejected("username", "account.username.taken");
		}
		log.info("Account {} created with role {} by {}", username, request.role(), actor());
		this.events.publishEvent(new AccountChanged(username, "created", null, summary(account)));
		return summary(account);
	}

	/**
	 * Declared here, not only as the interface's default, so that the call runs in this
	 * class's transaction (a default method calling {@code create} on itself would bypass
	 * the proxy, and the account would be stored without its audit entry).
	 */
	@Override
	public AccountSummary create(String username, String password, Role role) {
		return create(new NewAccount(username, null, password, role));
	}

	@Override
	public AccountSummary changeRole(String username, Role role) {
		if (role == null) {
			throw new AccountRejected("role", "account.role.required");
		}
		Account account = existing(username);
		if (account.role() == Role.ADMIN && role != Role.ADMIN && account.enabled()) {
			keepAnAdmin("role");
		}
		this.accounts.updateRole(account.username(), role);
		this.sessions.end(account.username());
		log.info("Account {} changed from role {} to {} by {}", account.username(), account.role(), role, actor());
		return changed(account, "role_changed");
	}

	@Override
	public AccountSummary setEnabled(String username, boolean enabled) {
		Account account = existing(username);
		if (!enabled && account.enabled()) {
			if (account.username().equals(actor())) {
				throw new AccountRejected("enabled", "account.enabled.self");
			}
			if (account.role() == Role.ADMIN) {
				keepAnAdmin("enabled");
			}
		}
		this.accounts.updateEnabled(account.username(), enabled);
		if (!enabled) {
			this.sessions.end(account.username());
		}
		log.info("Account {} {} by {}", account.username(), enabled ? "enabled" : "disabled", actor());
		return changed(account, enabled ? "enabled" : "disabled");
	}

	@Override
	public AccountSummary unlock(String username) {
		Account account = existing(username);
		this.accounts.clearFailures(account.username());
		this.attempts.forget(account.username());
		log.info("Account {} unlocked by {}", account.username(), actor());
		return changed(account, "unlocked");
	}

	@Override
	public void resetPassword(String username, String newPassword) {
		Account account = existing(username);
		storePassword(account, newPassword);
		this.sessions.end(account.username());
		log.info("Password of account {} reset by {}", account.username(), actor());
		changed(account, "password_reset");
	}

	@Override
	public void changeOwnPassword(String currentPassword, String newPassword) {
		Account account = existing(actor());
		if (currentPassword == null || !this.encoder.matches(currentPassword, account.passwordHash())) {
			throw new AccountRejected("currentPassword", "account.password.wrong");
		}
		storePassword(account, newPassword);
		log.info("Account {} changed its password", account.username());
		changed(account, "password_changed");
	}

	private AccountSummary changed(Account before, String action) {
		AccountSummary after = summary(existing(before.username()));
		this.events.publishEvent(new AccountChanged(before.username(), action, summary(before), after));
		return after;
	}

	private void storePassword(Account account, String newPassword) {
		List<AccountProblem> problems = AccountRules.checkPassword("newPassword", newPassword, account.username());
		if (!problems.isEmpty()) {
			throw new AccountRejected(problems);
		}
		this.accounts.updatePasswordHash(account.username(), this.encoder.encode(newPassword));
	}

	private void keepAnAdmin(String field) {
		if (this.accounts.countEnabledAdmins() <= 1) {
			throw new AccountRejected(field, "account.lastAdmin");
		}
	}

	private Account existing(String username) {
		String canonical = AccountRules.canonicalUsername(username);
		return this.accounts.findByUsername(canonical).orElseThrow(() -> new AccountNotFound(canonical));
	}

	private static String actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null) ? authentication.getName() : "system";
	}

	private static AccountSummary summary(Account account) {
		return new AccountSummary(account.username(), account.displayName(), account.role(), account.enabled(),
				account.createdAt(), account.lockedUntil());
	}

}
