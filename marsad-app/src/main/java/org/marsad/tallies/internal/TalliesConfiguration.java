package org.marsad.tallies.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

import javax.sql.DataSource;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wiring of tallies: the read model over the coded-event tables, the readers of a tally's
 * numbers, the repositories and the use cases.
 * <ul>
 * <li>{@code marsad.tallies.reader=columns} (the default): numbers from the figures held
 * in memory ({@link ColumnSums})</li>
 * <li>{@code marsad.tallies.reader=sql}: numbers read with SQL from {@code tally_figure}
 * ({@link ProjectedSums}), the reference the columns are tested against</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class TalliesConfiguration {

	/** The property that chooses the reader of a tally's numbers. */
	static final String READER = "marsad.tallies.reader";

	static final String COLUMNS = "columns";

	static final String SQL = "sql";

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
	FigureChangeLog figureChangeLog(JdbcTemplate jdbc) {
		return new FigureChangeLog(jdbc, Clock.systemUTC());
	}

	@Bean
	TallyFigures tallyFigures(JdbcClient jdbc, FigureChangeLog changes) {
		return new TallyFigures(jdbc, changes);
	}

	/**
	 * The reader of a tally's numbers held in memory ({@link ColumnSums}), unless
	 * {@value #READER} is {@code sql}.
	 */
	@Bean
	@ConditionalOnProperty(name = READER, havingValue = COLUMNS, matchIfMissing = true)
	ColumnSums columnSums(JdbcClient jdbc, JdbcTemplate template, FigureChangeLog changes, ProjectedSums sql,
			PlatformTransactionManager transactions) {
		return new ColumnSums(new ScopeLookups(jdbc), new FigureRows(template), changes, sql,
				new TransactionTemplate(transactions), Clock.systemUTC());
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

	/**
	 * The computation: numbers from the columns in memory, or with SQL
	 * ({@value #READER}{@code =sql}); snapshots and provenance with SQL, in their own
	 * transaction.
	 */
	@Bean
	TallyComputation tallyComputation(@Value("${" + READER + ":" + COLUMNS + "}") String reader,
			ObjectProvider<ColumnSums> columns, ProjectedSums sql, FigureReadModel figures,
			ProvenanceReadModel provenance) {
		if (!COLUMNS.equals(reader) && !SQL.equals(reader)) {
			throw new IllegalStateException(READER + " is " + COLUMNS + " or " + SQL + ", not " + reader);
		}
		FigureSums numbers = COLUMNS.equals(reader) ? columns.getObject() : sql;
		return new TallyComputation(numbers, sql, figures, provenance);
	}

	@Bean
	TallyService tallyService(TallyRepository tallies, TallyComputation computation, ProvenanceReadModel provenance,
			SnapshotRepository snapshots, ApplicationEventPublisher events) {
		return new TallyService(tallies, computation, provenance, snapshots, events, Clock.systemUTC());
	}

}
