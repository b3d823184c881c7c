package org.marsad.tallies;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The consistency checks on PostgreSQL.
 */
@ActiveProfiles({ "test", "postgres" })
class ConsistencyPostgresIntegrationTests extends ConsistencyContract {

	@DynamicPropertySource
	static void schema(DynamicPropertyRegistry registry) {
		PostgresSchema.register(registry);
	}

}
