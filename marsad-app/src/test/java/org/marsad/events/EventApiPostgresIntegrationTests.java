package org.marsad.events;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Events on PostgreSQL.
 */
@ActiveProfiles({ "test", "postgres" })
class EventApiPostgresIntegrationTests extends EventApiContract {

	@DynamicPropertySource
	static void schema(DynamicPropertyRegistry registry) {
		PostgresSchema.register(registry);
	}

}
