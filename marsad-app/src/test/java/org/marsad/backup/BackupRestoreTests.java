package org.marsad.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;

import org.springframework.test.context.ActiveProfiles;

/**
 * Backups on the embedded H2 database, restored into an H2 file database in the new data
 * folder, as {@code ./marsad restore} does by default.
 */
@ActiveProfiles("test")
class BackupRestoreTests extends BackupRestoreContract {

	@Override
	List<String> freshDatabase(Path dataFolder) {
		return List.of();
	}

	@Override
	Connection restoredDatabase(Path dataFolder) throws Exception {
		return DriverManager.getConnection(
				"jdbc:h2:file:" + dataFolder.resolve("db/marsad")
						+ ";AUTO_SERVER=TRUE;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
				"sa", "");
	}

}
