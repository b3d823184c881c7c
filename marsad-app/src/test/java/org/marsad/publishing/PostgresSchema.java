package org.marsad.publishing;

import java.util.concurrent.ThreadLocalRandom;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Fixes the schema of a PostgreSQL test context once (see the {@code postgres} profile,
 * whose {@code random.int} would otherwise give the data source and Flyway different
 * schemas).
 */
final class PostgresSchema {

	private PostgresSchema() {
	}

	static void register(DynamicPropertyRegistry registry) {
		String schema = "marsad_publishing_" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
		registry.add("marsad.test-schema", () -> schema);
	}

}
