package org.marsad.publishing;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Bulletins on PostgreSQL: composed, refused, published, signed and frozen, read by the
 * public with their PDF, charts and map, as on H2 ({@link BulletinTests}).
 */
@ActiveProfiles({ "test", "postgres" })
class BulletinPostgresIntegrationTests extends BulletinTests {

	@DynamicPropertySource
	static void schema(DynamicPropertyRegistry registry) {
		PostgresSchema.register(registry);
	}

}
