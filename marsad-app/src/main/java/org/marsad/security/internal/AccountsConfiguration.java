package org.marsad.security.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Wiring of the {@link org.marsad.security.Accounts} API.
 */
@Configuration(proxyBeanMethods = false)
class AccountsConfiguration {

	@Bean
	AccountAdministration accountAdministration(AccountRepository accounts, PasswordEncoder encoder,
			SessionRegistry sessionRegistry, ApplicationEventPublisher events, LoginAttempts attempts) {
		return new AccountAdministration(accounts, encoder, new AccountSessions(sessionRegistry), events, attempts);
	}

}
