package org.marsad.events;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Bad codings on PostgreSQL.
 */
@ActiveProfiles({ "test", "postgres" })
class CodingRefusalsPostgresIntegrationTests extends CodingRefusalsContract {

	@DynamicPropertySource
	static void schema(DynamicPropertyRegistry registry) {
		PostgresSchema.register(registry);
	}

}
