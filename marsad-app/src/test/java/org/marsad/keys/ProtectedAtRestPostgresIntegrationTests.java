package org.marsad.keys;

import java.util.concurrent.ThreadLocalRandom;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Protected values at rest on PostgreSQL.
 */
@ActiveProfiles({ "test", "postgres" })
class ProtectedAtRestPostgresIntegrationTests extends ProtectedAtRestContract {

	@DynamicPropertySource
	static void schema(DynamicPropertyRegistry registry) {
		String schema = "marsad_keys_" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
		registry.add("marsad.test-schema", () -> schema);
	}

}
