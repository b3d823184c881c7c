package org.marsad.intake.internal;

import org.marsad.settings.MarsadProperties;
import org.marsad.audit.AuditLog;
import org.marsad.keys.ProtectedFields;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wiring of intake: repositories, the attachment store and the use cases.
 */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

	@Bean
	SourceRepository sourceRepository(JdbcClient jdbc) {
		return new SourceRepository(jdbc);
	}

	@Bean
	ReportRepository reportRepository(JdbcClient jdbc) {
		return new ReportRepository(jdbc);
	}

	@Bean
	AttachmentRepository attachmentRepository(JdbcClient jdbc) {
		return new AttachmentRepository(jdbc);
	}

	@Bean
	AttachmentStore attachmentStore(MarsadProperties properties) {
		return new AttachmentStore(properties.attachments(), properties.maxUpload().toBytes());
	}

	@Bean
	PendingFiles pendingFiles(AttachmentStore store, AttachmentRepository attachments) {
		return new PendingFiles(store, attachments);
	}

	@Bean
	AttachmentSweep attachmentSweep(AttachmentStore store, AttachmentRepository attachments) {
		return new AttachmentSweep(store, attachments);
	}

	@Bean
	SourceRegister sourceRegister(SourceRepository sources, ProtectedFields protection, AuditLog audit) {
		return new SourceRegister(sources, protection, audit);
	}

	@Bean
	ReportRegister reportRegister(ReportRepository reports, SourceRepository sources, AttachmentRepository attachments,
			PendingFiles files, AttachmentStore store, ApplicationEventPublisher events, MarsadProperties properties,
			AuditLog audit) {
		return new ReportRegister(reports, sources, attachments, files, store, events,
				properties.maxReportText().toBytes(), audit);
	}

}
