package org.marsad.tallies.internal;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wiring of the persons behind a tally (issue 7).
 */
@Configuration(proxyBeanMethods = false)
class TallyPersonsConfiguration {

	@Bean
	TallyPersonsService tallyPersonsService(TallyRepository tallies, JdbcClient jdbc) {
		return new TallyPersonsService(tallies, new PersonCountReadModel(jdbc), Clock.systemUTC());
	}

}
