package org.marsad.publishing;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The exports on PostgreSQL: ACLED, HXL and GeoJSON read back with their published
 * readers, internal and void events kept from anonymous readers, protected fields never
 * written, as on H2 ({@link EventExportTests}).
 */
@ActiveProfiles({ "test", "postgres" })
class EventExportPostgresIntegrationTests extends EventExportTests {

	@DynamicPropertySource
	static void schema(DynamicPropertyRegistry registry) {
		PostgresSchema.register(registry);
	}

}
