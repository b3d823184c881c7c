package org.marsad.events;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Figures and claims on PostgreSQL.
 */
@ActiveProfiles({ "test", "postgres" })
class FigureApiPostgresIntegrationTests extends FigureApiContract {

	@DynamicPropertySource
	static void schema(DynamicPropertyRegistry registry) {
		PostgresSchema.register(registry);
	}

}
