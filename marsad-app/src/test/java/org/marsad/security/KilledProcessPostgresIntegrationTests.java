package org.marsad.security;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The process killed in server mode, on PostgreSQL (127.0.0.1:5432, database
 * {@code test}), each test in a schema of its own that the application migrates when it
 * starts.
 */
class KilledProcessPostgresIntegrationTests extends KilledProcessContract {

	private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

	private final String schema = "marsad_killed_" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);

	@BeforeEach
	void createSchema() throws Exception {
		sql("CREATE SCHEMA " + this.schema);
	}

	@AfterEach
	void dropSchema() throws Exception {
		sql("DROP SCHEMA " + this.schema + " CASCADE");
	}

	@Override
	Map<String, String> database() {
		return Map.of("MARSAD_DB_URL", URL + "?currentSchema=" + this.schema, "MARSAD_DB_USER", "postgres",
				"MARSAD_DB_PASSWORD", "");
	}

	private static void sql(String statement) throws Exception {
		try (Connection connection = DriverManager.getConnection(URL, "postgres", "");
				Statement sql = connection.createStatement()) {
			sql.execute(statement);
		}
	}

}
