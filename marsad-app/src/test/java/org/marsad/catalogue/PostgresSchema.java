package org.marsad.catalogue;

import java.util.concurrent.ThreadLocalRandom;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Fixes the schema of a PostgreSQL test context once. The {@code postgres} profile names
 * it with {@code random.int}, which yields a new value at every lookup, so the data
 * source and Flyway would otherwise work in different schemas.
 */
final class PostgresSchema {

	private PostgresSchema() {
	}

	static void register(DynamicPropertyRegistry registry) {
		String schema = "marsad_catalogue_" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
		registry.add("marsad.test-schema", () -> schema);
	}

}
