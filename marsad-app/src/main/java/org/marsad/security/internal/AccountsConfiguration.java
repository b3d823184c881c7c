package org.marsad.security.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Wiring of the {@link org.marsad.security.Accounts} API.
 */
@Configuration(proxyBeanMethods = false)
class AccountsConfiguration {

	@Bean
	AccountDirectory accountDirectory(AccountRepository accounts, PasswordEncoder encoder) {
		return new AccountDirectory(accounts, encoder);
	}

}
