package org.marsad.catalogue.internal;

import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wiring of the catalogue: repositories, the use cases, the gazetteer import and the
 * migration that loads the starter catalogue (Spring Boot hands {@link JavaMigration}
 * beans to Flyway).
 */
@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

	@Bean
	static JavaMigration starterCatalogueMigration() {
		return new StarterCatalogueMigration();
	}

	@Bean
	PlaceRepository placeRepository(JdbcClient jdbc) {
		return new PlaceRepository(jdbc);
	}

	@Bean
	PlaceRows placeRows(JdbcTemplate jdbc) {
		return new PlaceRows(jdbc);
	}

	@Bean
	PlaceClosure placeClosure(JdbcTemplate jdbc, PlaceRepository places) {
		return new PlaceClosure(jdbc, places);
	}

	@Bean
	ActorRepository actorRepository(JdbcClient jdbc) {
		return new ActorRepository(jdbc);
	}

	@Bean
	ActorRows actorRows(JdbcTemplate jdbc) {
		return new ActorRows(jdbc);
	}

	@Bean
	PlaceRegister placeRegister(PlaceRepository places, PlaceRows rows, PlaceClosure closure,
			ApplicationEventPublisher events) {
		return new PlaceRegister(places, rows, closure, events);
	}

	@Bean
	ActorRegister actorRegister(ActorRepository actors, ActorRows rows, ApplicationEventPublisher events) {
		return new ActorRegister(actors, rows, events);
	}

	@Bean
	GazetteerImporter gazetteerImporter(PlaceRepository places, PlaceRows rows, PlaceClosure closure,
			ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		return new GazetteerImporter(places, rows, closure, events, new TransactionTemplate(transactions));
	}

}
