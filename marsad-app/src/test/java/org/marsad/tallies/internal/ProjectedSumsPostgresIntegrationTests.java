package org.marsad.tallies.internal;

import java.util.concurrent.ThreadLocalRandom;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The fast path agrees with the full computation on PostgreSQL.
 */
@ActiveProfiles({ "test", "postgres" })
class ProjectedSumsPostgresIntegrationTests extends ProjectedSumsContract {

	@DynamicPropertySource
	static void schema(DynamicPropertyRegistry registry) {
		String schema = "marsad_tallies_" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
		registry.add("marsad.test-schema", () -> schema);
	}

}
