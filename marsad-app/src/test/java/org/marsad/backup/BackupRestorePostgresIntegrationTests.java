package org.marsad.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Backups on PostgreSQL, restored into a fresh schema of the same database.
 */
@ActiveProfiles({ "test", "postgres" })
class BackupRestorePostgresIntegrationTests extends BackupRestoreContract {

	static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

	private final Map<Path, String> schemas = new ConcurrentHashMap<>();

	@DynamicPropertySource
	static void schema(DynamicPropertyRegistry registry) {
		String schema = "marsad_backup_" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
		registry.add("marsad.test-schema", () -> schema);
	}

	@Override
	List<String> freshDatabase(Path dataFolder) {
		String schema = this.schemas.computeIfAbsent(dataFolder,
				(folder) -> "marsad_restored_" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
		return List.of("--spring.datasource.url=" + URL + "?currentSchema=" + schema,
				"--spring.datasource.username=postgres", "--spring.datasource.password=",
				"--spring.flyway.schemas=" + schema);
	}

	@Override
	Connection restoredDatabase(Path dataFolder) throws Exception {
		return DriverManager.getConnection(URL + "?currentSchema=" + this.schemas.get(dataFolder), "postgres", "");
	}

}
