package org.marsad.publishing;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Published bulletins frozen with their charts and map on PostgreSQL, as on H2
 * ({@link FrozenBulletinTests}).
 */
@ActiveProfiles({ "test", "postgres" })
class FrozenBulletinPostgresIntegrationTests extends FrozenBulletinTests {

	@DynamicPropertySource
	static void schema(DynamicPropertyRegistry registry) {
		PostgresSchema.register(registry);
	}

}
