package org.marsad.catalogue;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The place API on PostgreSQL, including the seeding of the starter catalogue.
 */
@ActiveProfiles({ "test", "postgres" })
class PlaceApiPostgresIntegrationTests extends PlaceApiContract {

	@DynamicPropertySource
	static void schema(DynamicPropertyRegistry registry) {
		PostgresSchema.register(registry);
	}

}
