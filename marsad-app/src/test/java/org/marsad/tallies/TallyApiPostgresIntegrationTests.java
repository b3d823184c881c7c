package org.marsad.tallies;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The tally API on PostgreSQL.
 */
@ActiveProfiles({ "test", "postgres" })
class TallyApiPostgresIntegrationTests extends TallyApiContract {

	@DynamicPropertySource
	static void schema(DynamicPropertyRegistry registry) {
		PostgresSchema.register(registry);
	}

}
