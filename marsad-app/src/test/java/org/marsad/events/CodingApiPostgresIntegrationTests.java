package org.marsad.events;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Coding on PostgreSQL.
 */
@ActiveProfiles({ "test", "postgres" })
class CodingApiPostgresIntegrationTests extends CodingApiContract {

	@DynamicPropertySource
	static void schema(DynamicPropertyRegistry registry) {
		PostgresSchema.register(registry);
	}

}
