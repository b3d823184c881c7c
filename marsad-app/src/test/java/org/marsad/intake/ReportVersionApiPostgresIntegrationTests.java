package org.marsad.intake;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Report corrections on PostgreSQL.
 */
@ActiveProfiles({ "test", "postgres" })
class ReportVersionApiPostgresIntegrationTests extends ReportVersionApiContract {

	@DynamicPropertySource
	static void schema(DynamicPropertyRegistry registry) {
		PostgresSchema.register(registry);
	}

}
