package org.marsad.intake;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The source API on PostgreSQL.
 */
@ActiveProfiles({ "test", "postgres" })
class SourceApiPostgresIntegrationTests extends SourceApiContract {

	@DynamicPropertySource
	static void schema(DynamicPropertyRegistry registry) {
		PostgresSchema.register(registry);
	}

}
