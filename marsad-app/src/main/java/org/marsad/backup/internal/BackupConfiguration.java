package org.marsad.backup.internal;

import javax.sql.DataSource;

import org.marsad.settings.MarsadProperties;
import org.marsad.audit.AuditLog;
import org.marsad.backup.Backups;
import org.marsad.keys.MasterKeys;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wiring of backups and of the {@code backup} and {@code restore} commands.
 */
@Configuration(proxyBeanMethods = false)
class BackupConfiguration {

	@Bean
	BackupService backupService(DataSource dataSource, MarsadProperties properties, MasterKeys masters, AuditLog audit,
			PlatformTransactionManager transactions, Environment environment) {
		TransactionTemplate template = new TransactionTemplate(transactions);
		return new BackupService(new ArchiveWriter(dataSource, properties.attachments()),
				new Restoration(dataSource, template, audit, masters, environment), masters, audit, template);
	}

	@Bean
	BackupCommand backupCommand(Backups backups, MasterKeys masters, AuditLog audit, Environment environment) {
		return new BackupCommand(backups, masters, audit, environment);
	}

	@Bean
	RestoreCommand restoreCommand(Backups backups, MarsadProperties properties, Environment environment) {
		return new RestoreCommand(backups, properties, environment);
	}

}
