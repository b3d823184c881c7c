package org.marsad.catalogue;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Gazetteer imports on PostgreSQL.
 */
@ActiveProfiles({ "test", "postgres" })
class GazetteerImportPostgresIntegrationTests extends GazetteerImportContract {

	@DynamicPropertySource
	static void schema(DynamicPropertyRegistry registry) {
		PostgresSchema.register(registry);
	}

}
