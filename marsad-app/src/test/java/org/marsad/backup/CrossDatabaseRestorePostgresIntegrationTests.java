package org.marsad.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.test.context.ActiveProfiles;

/**
 * Archives are portable: written from the embedded H2 database, restored into PostgreSQL,
 * and equal to the original there.
 */
@ActiveProfiles("test")
class CrossDatabaseRestorePostgresIntegrationTests extends BackupRestoreContract {

	private final Map<Path, String> schemas = new ConcurrentHashMap<>();

	@Override
	List<String> freshDatabase(Path dataFolder) {
		String schema = this.schemas.computeIfAbsent(dataFolder,
				(folder) -> "marsad_crossed_" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
		return List.of(
				"--spring.datasource.url=" + BackupRestorePostgresIntegrationTests.URL + "?currentSchema=" + schema,
				"--spring.datasource.username=postgres", "--spring.datasource.password=",
				"--spring.flyway.schemas=" + schema);
	}

	@Override
	Connection restoredDatabase(Path dataFolder) throws Exception {
		return DriverManager.getConnection(
				BackupRestorePostgresIntegrationTests.URL + "?currentSchema=" + this.schemas.get(dataFolder),
				"postgres", "");
	}

}
