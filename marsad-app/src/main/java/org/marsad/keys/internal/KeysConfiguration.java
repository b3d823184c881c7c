package org.marsad.keys.internal;

import java.time.Clock;

import org.marsad.settings.MarsadProperties;
import org.marsad.audit.AuditLog;
import org.marsad.keys.KeyRotation;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wiring of the keys: the master key from {@code marsad.master-key}
 * ({@code MARSAD_MASTER_KEY}) or the data folder, the keyring, and the start-up check
 * (only when serving, not in commands such as {@code keys rotate} or {@code restore},
 * which set {@code marsad.command}).
 */
@Configuration(proxyBeanMethods = false)
class KeysConfiguration {

	@Bean
	MasterKeySource masterKeySource(MarsadProperties properties, Environment environment) {
		return new MasterKeySource(properties.data(), environment.getProperty("marsad.master-key"));
	}

	@Bean
	DataKeyRepository dataKeyRepository(JdbcClient jdbc) {
		return new DataKeyRepository(jdbc);
	}

	@Bean
	Keyring keyring(MasterKeySource masters, DataKeyRepository repository, PlatformTransactionManager transactions) {
		TransactionTemplate separate = new TransactionTemplate(transactions);
		separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return new Keyring(masters, repository, separate, Clock.systemUTC());
	}

	@Bean
	ProtectedValues protectedValues(JdbcClient jdbc, Keyring keyring, PlatformTransactionManager transactions) {
		return new ProtectedValues(jdbc, new ProtectedColumns(jdbc), keyring, new TransactionTemplate(transactions));
	}

	@Bean
	KeyRotator keyRotator(Keyring keyring, MasterKeySource masters, DataKeyRepository repository,
			ProtectedValues values, AuditLog audit, PlatformTransactionManager transactions) {
		return new KeyRotator(keyring, masters, repository, values, audit, new TransactionTemplate(transactions),
				Clock.systemUTC());
	}

	@Bean
	KeysCommand keysCommand(KeyRotation rotation, Environment environment) {
		return new KeysCommand(rotation, environment);
	}

	@Bean
	@ConditionalOnProperty(name = "marsad.command", matchIfMissing = true, havingValue = "serve")
	KeyringStartup keyringStartup(Keyring keyring, ProtectedValues values) {
		return new KeyringStartup(keyring, values);
	}

}
