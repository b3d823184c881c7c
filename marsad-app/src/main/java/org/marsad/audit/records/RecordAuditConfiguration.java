package org.marsad.audit.records;

import org.marsad.audit.AuditLog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wiring of the audit of the coded record.
 */
@Configuration(proxyBeanMethods = false)
class RecordAuditConfiguration {

	@Bean
	RecordAudit recordAudit(AuditLog log, JdbcClient jdbc) {
		return new RecordAudit(log, new StoredRecords(jdbc));
	}

}
