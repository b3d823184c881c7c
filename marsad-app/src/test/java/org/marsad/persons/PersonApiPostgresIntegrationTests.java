package org.marsad.persons;

import java.util.concurrent.ThreadLocalRandom;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Persons on PostgreSQL.
 */
@ActiveProfiles({ "test", "postgres" })
class PersonApiPostgresIntegrationTests extends PersonApiContract {

	@DynamicPropertySource
	static void schema(DynamicPropertyRegistry registry) {
		String schema = "marsad_persons_" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
		registry.add("marsad.test-schema", () -> schema);
	}

}
