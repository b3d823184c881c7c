package org.marsad.security.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.marsad.security.AccountChanged;
import org.marsad.security.AccountSummary;
import org.marsad.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.util.StringUtils;

/**
 * Creates the {@code admin} account on the first start. Its password comes from
 * {@code MARSAD_ADMIN_PASSWORD}; without it a random one is generated and printed once to
 * the console (never to the log files, which may be shipped elsewhere). The creation is
 * published as {@link AccountChanged} in its transaction, so it is the first audit entry.
 */
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final String configuredPassword;

	private final ApplicationEventPublisher events;

	private final TransactionOperations transactions;

	AdminBootstrap(AccountRepository accounts, PasswordEncoder encoder, String configuredPassword,
			ApplicationEventPublisher events, TransactionOperations transactions) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.configuredPassword = configuredPassword;
		this.events = events;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.count() > 0) {
			return;
		}
		boolean generated = !StringUtils.hasText(this.configuredPassword);
		String password = generated ? generatePassword() : this.configuredPassword;
		Account admin = new Account(UUID.randomUUID(), "admin", this.encoder.encode(password), Role.ADMIN,
				"Administrator", true, Instant.now());
		this.transactions.executeWithoutResult((status) -> {
			this.accounts.insert(admin);
			this.events
				.publishEvent(new AccountChanged(admin.username(), "created", null, new AccountSummary(admin.username(),
						admin.displayName(), admin.role(), admin.enabled(), admin.createdAt(), null)));
		});
		log.info("Created the admin account");
		if (generated) {
			System.out.println("\n  Marsad: the admin account was created with the password: " + password
					+ "\n  It is shown only this once. Set MARSAD_ADMIN_PASSWORD to choose it.\n");
		}
	}

	private static String generatePassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
