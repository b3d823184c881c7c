package org.marsad.events;

import java.util.concurrent.ThreadLocalRandom;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Fixes the schema of a PostgreSQL test context once (the {@code postgres} profile names
 * it with {@code random.int}, which yields a new value at every lookup).
 */
final class PostgresSchema {

	private PostgresSchema() {
	}

	static void register(DynamicPropertyRegistry registry) {
		String schema = "marsad_events_" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
		registry.add("marsad.test-schema", () -> schema);
	}

}
