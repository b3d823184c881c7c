package org.marsad.tallies.internal;

import java.util.concurrent.ThreadLocalRandom;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The columns in memory follow every change on PostgreSQL, made by any connection.
 */
@ActiveProfiles({ "test", "postgres" })
class FigureColumnsPostgresIntegrationTests extends FigureColumnsContract {

	@DynamicPropertySource
	static void schema(DynamicPropertyRegistry registry) {
		String schema = "marsad_tallies_" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
		registry.add("marsad.test-schema", () -> schema);
	}

}
