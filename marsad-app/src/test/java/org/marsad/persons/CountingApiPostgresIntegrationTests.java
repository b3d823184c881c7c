package org.marsad.persons;

import java.util.concurrent.ThreadLocalRandom;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Persons counted in figures on PostgreSQL: migration V27 and every rule.
 */
@ActiveProfiles({ "test", "postgres" })
class CountingApiPostgresIntegrationTests extends CountingApiContract {

	@DynamicPropertySource
	static void schema(DynamicPropertyRegistry registry) {
		String schema = "marsad_counting_" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
		registry.add("marsad.test-schema", () -> schema);
	}

}
