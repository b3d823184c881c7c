package org.marsad.audit.internal;

import java.time.Clock;

import org.marsad.audit.AuditLog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wiring of the audit log.
 */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	@Bean
	AuditRepository auditRepository(JdbcClient jdbc) {
		return new AuditRepository(jdbc);
	}

	@Bean
	AuditChain auditChain(AuditRepository entries) {
		return new AuditChain(entries, Clock.systemUTC());
	}

	@Bean
	AccountAudit accountAudit(AuditLog log) {
		return new AccountAudit(log);
	}

	@Bean
	AuditCommand auditCommand(AuditLog log) {
		return new AuditCommand(log);
	}

}
