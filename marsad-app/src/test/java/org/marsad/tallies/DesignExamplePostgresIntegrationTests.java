package org.marsad.tallies;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The DESIGN bulletin on PostgreSQL: the SQL read model on the database of server mode.
 */
@ActiveProfiles({ "test", "postgres" })
class DesignExamplePostgresIntegrationTests extends DesignExampleContract {

	@DynamicPropertySource
	static void schema(DynamicPropertyRegistry registry) {
		PostgresSchema.register(registry);
	}

}
