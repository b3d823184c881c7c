package org.marsad.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.marsad.security.AccountChanged;
import org.marsad.security.AccountSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Counts failed logins and says when to refuse a login before the password is even
 * checked (OWASP Authentication Cheat Sheet, "Account lockout"; NIST SP 800-63B 5.2.2).
 * <ul>
 * <li>per account: after {@link LoginProperties#maxFailures()} consecutive failures it is
 * locked for {@link LoginProperties#lockFor()}, in the database, so that a restart does
 * not unlock it; the lock is recorded in the audit log; a successful login resets the
 * count; an administrator can unlock it</li>
 * <li>per client address: after {@link LoginProperties#maxAddressFailures()} failures
 * within {@link LoginProperties#addressWindow()} the address may not try again until the
 * window ends, whichever names it tries (guessing across accounts)</li>
 * <li>names that belong to no account are counted in memory and refused the same way, so
 * that the refusal does not tell which names exist</li>
 * <li>logs name the account and address, never a password, nor a name that belongs to no
 * account (it may be a password typed in the wrong field)</li>
 * </ul>
 */
class LoginAttempts {

	private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

	private static final int MAX_TRACKED = 10_000;

	private final AccountRepository accounts;

	private final LoginProperties limits;

	private final Clock clock;

	private final TransactionOperations transactions;

	private final ApplicationEventPublisher events;

	private final Map<String, Window> addresses = new ConcurrentHashMap<>();

	private final Map<String, Window> unknownNames = new ConcurrentHashMap<>();

	LoginAttempts(AccountRepository accounts, LoginProperties limits, Clock clock, TransactionOperations transactions,
			ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.limits = limits;
		this.clock = clock;
		this.transactions = transactions;
		this.events = events;
	}

	/**
	 * Whether a login must be refused without checking its password.
	 * @param username the name as typed
	 * @param address the client address
	 * @return the refusal, if any
	 */
	Optional<Refusal> refusal(String username, String address) {
		Instant now = this.clock.instant();
		Window window = this.addresses.get(address);
		if (window != null && window.reached(this.limits.maxAddressFailures(), now)) {
			return Optional.of(new Refusal(Refusal.Reason.ADDRESS, window.endsAt()));
		}
		String name = AccountRules.canonicalUsername(username);
		Optional<Account> account = this.accounts.findByUsername(name);
		if (account.isPresent()) {
			Instant until = account.get().lockedUntil();
			return (until != null && until.isAfter(now)) ? Optional.of(new Refusal(Refusal.Reason.ACCOUNT, until))
					: Optional.empty();
		}
		Window unknown = this.unknownNames.get(name);
		if (unknown != null && unknown.reached(this.limits.maxFailures(), now)) {
			return Optional.of(new Refusal(Refusal.Reason.ACCOUNT, unknown.endsAt()));
		}
		return Optional.empty();
	}

	void failed(String username, String address) {
		Instant now = this.clock.instant();
		count(this.addresses, address, this.limits.addressWindow(), now);
		String name = AccountRules.canonicalUsername(username);
		Boolean known = this.transactions.execute((status) -> recordFailure(name, now));
		if (!Boolean.TRUE.equals(known)) {
			count(this.unknownNames, name, this.limits.lockFor(), now);
		}
		log.info("Failed login for {} from {}", Boolean.TRUE.equals(known) ? name : "a name of no account", address);
	}

	/** Forgets the failed logins of an account that logged in. */
	void succeeded(String username) {
		this.transactions.executeWithoutResult((status) -> this.accounts.clearFailures(username));
	}

	/** Forgets what is kept in memory about a name. */
	void forget(String username) {
		this.unknownNames.remove(AccountRules.canonicalUsername(username));
	}

	private boolean recordFailure(String name, Instant now) {
		Optional<Account> account = this.accounts.findByUsername(name);
		if (account.isEmpty()) {
			return false;
		}
		if (this.accounts.recordFailure(name) >= this.limits.maxFailures()) {
			Instant until = now.plus(this.limits.lockFor());
			this.accounts.lock(name, until);
			Account before = account.get();
			this.events.publishEvent(
					new AccountChanged(name, "locked", summary(before, before.lockedUntil()), summary(before, until)));
			log.warn("Account {} locked until {} after {} failed logins", name, until, this.limits.maxFailures());
		}
		return true;
	}

	private static AccountSummary summary(Account account, Instant lockedUntil) {
		return new AccountSummary(account.username(), account.displayName(), account.role(), account.enabled(),
				account.createdAt(), lockedUntil);
	}

	private void count(Map<String, Window> windows, String key, Duration length, Instant now) {
		if (windows.size() > MAX_TRACKED) {
			windows.values().removeIf((window) -> window.endsAt().isBefore(now));
		}
		windows.compute(key, (k, window) -> (window == null || window.endsAt().isBefore(now))
				? new Window(now.plus(length), 1) : new Window(window.endsAt(), window.failures() + 1));
	}

	/**
	 * Failures counted until a moment.
	 *
	 * @param endsAt when the count is forgotten
	 * @param failures how many
	 */
	private record Window(Instant endsAt, int failures) {

		boolean reached(int max, Instant now) {
			return this.failures >= max && this.endsAt.isAfter(now);
		}

	}

	/**
	 * Why and until when a login is refused.
	 *
	 * @param reason the account is locked, or the address tried too often
	 * @param until when it may try again
	 */
	record Refusal(Reason reason, Instant until) {

		/** What is refused. */
		enum Reason {

			ACCOUNT, ADDRESS

		}

		/** Seconds until it may try again, at least one. */
		long retryAfterSeconds(Instant now) {
			return Math.max(1, Duration.between(now, this.until).toSeconds() + 1);
		}

	}

}
