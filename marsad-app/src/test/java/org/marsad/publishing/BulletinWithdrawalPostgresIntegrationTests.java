package org.marsad.publishing;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Withdrawals on PostgreSQL: the signed notice read back from a timestamp column of
 * PostgreSQL still verifies, and the public sees it as on H2
 * ({@link BulletinWithdrawalTests}).
 */
@ActiveProfiles({ "test", "postgres" })
class BulletinWithdrawalPostgresIntegrationTests extends BulletinWithdrawalTests {

	@DynamicPropertySource
	static void schema(DynamicPropertyRegistry registry) {
		PostgresSchema.register(registry);
	}

}
