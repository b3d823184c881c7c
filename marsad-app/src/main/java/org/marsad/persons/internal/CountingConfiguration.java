package org.marsad.persons.internal;

import org.marsad.audit.AuditLog;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wiring of the persons counted in figures (issue 7).
 */
@Configuration(proxyBeanMethods = false)
class CountingConfiguration {

	@Bean
	CountingRepository countingRepository(JdbcClient jdbc) {
		return new CountingRepository(jdbc);
	}

	@Bean
	CountingRegister countingRegister(CountingRepository links, PersonRepository persons, PersonReader reader,
			JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher publisher) {
		return new CountingRegister(links, persons, reader,
				new CountingJournal(persons, new PersonChanges(jdbc), audit, publisher));
	}

}
