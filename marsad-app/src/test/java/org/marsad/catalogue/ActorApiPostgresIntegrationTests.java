package org.marsad.catalogue;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The actor API on PostgreSQL.
 */
@ActiveProfiles({ "test", "postgres" })
class ActorApiPostgresIntegrationTests extends ActorApiContract {

	@DynamicPropertySource
	static void schema(DynamicPropertyRegistry registry) {
		PostgresSchema.register(registry);
	}

}
