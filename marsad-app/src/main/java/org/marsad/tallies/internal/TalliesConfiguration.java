package org.marsad.tallies.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

import javax.sql.DataSource;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wiring of tallies: the read model over the coded-event tables, the repositories and the
 * use cases.
 */
@Configuration(proxyBeanMethods = false)
class TalliesConfiguration {

	@Bean
	FigureReadModel figureReadModel(JdbcClient jdbc) {
		return new FigureReadModel(jdbc);
	}

	@Bean
	ProjectedSums projectedSums(JdbcClient jdbc, DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			boolean postgres = "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
			return new ProjectedSums(jdbc, postgres);
		}
	}

	@Bean
	TallyFigures tallyFigures(JdbcClient jdbc) {
		return new TallyFigures(jdbc);
	}

	@Bean
	ProvenanceReadModel provenanceReadModel(JdbcClient jdbc) {
		return new ProvenanceReadModel(jdbc);
	}

	@Bean
	TallyRepository tallyRepository(JdbcClient jdbc) {
		return new TallyRepository(jdbc);
	}

	@Bean
	SnapshotRepository snapshotRepository(JdbcClient jdbc) {
		JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		return new SnapshotRepository(jdbc, json);
	}

	@Bean
	TallyComputation tallyComputation(ProjectedSums sums, FigureReadModel figures, ProvenanceReadModel provenance) {
		return new TallyComputation(sums, figures, provenance);
	}

	@Bean
	TallyService tallyService(TallyRepository tallies, TallyComputation computation, ProvenanceReadModel provenance,
			SnapshotRepository snapshots, ApplicationEventPublisher events) {
		return new TallyService(tallies, computation, provenance, snapshots, events, Clock.systemUTC());
	}

}
