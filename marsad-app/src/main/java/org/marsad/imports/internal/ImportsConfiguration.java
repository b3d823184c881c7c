package org.marsad.imports.internal;

import java.time.Clock;

import org.marsad.catalogue.Actors;
import org.marsad.catalogue.Places;
import org.marsad.events.Events;
import org.marsad.events.Figures;
import org.marsad.intake.Reports;
import org.marsad.persons.IdentityEvidence;
import org.marsad.persons.Persons;
import org.marsad.settings.MarsadProperties;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wiring of imports: the sheet store in the data folder ({@code imports/}), the
 * repositories, the background jobs and the use cases.
 */
@Configuration(proxyBeanMethods = false)
class ImportsConfiguration {

	@Bean
	SheetFiles sheetFiles(MarsadProperties properties) {
		return new SheetFiles(properties.data().resolve("imports"), properties.maxUpload().toBytes());
	}

	@Bean
	SheetRepository sheetRepository(JdbcClient jdbc) {
		return new SheetRepository(jdbc);
	}

	@Bean
	JobRepository jobRepository(JdbcClient jdbc) {
		JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		return new JobRepository(jdbc, json);
	}

	@Bean
	ImportJobs importJobs(JobRepository jobs) {
		return new ImportJobs(jobs, Clock.systemUTC());
	}

	@Bean
	ImportRun importRun(Events events, Figures figures, PlatformTransactionManager transactions,
			ApplicationEventPublisher publisher) {
		return new ImportRun(events, figures, new TransactionTemplate(transactions), publisher);
	}

	@Bean
	PersonRun personRun(Persons persons, IdentityEvidence evidence, Reports reports,
			PlatformTransactionManager transactions, ApplicationEventPublisher publisher) {
		return new PersonRun(persons, evidence, reports, new TransactionTemplate(transactions), publisher);
	}

	@Bean
	ImportService importService(SheetFiles files, SheetRepository sheets, ImportJobs jobs, ImportRun run,
			PersonRun personRun, Places places, Actors actors, MessageSource messages) {
		return new ImportService(files, sheets, jobs, run, personRun, places, actors, messages, Clock.systemUTC());
	}

}
