package org.marsad.intake;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Attachments on PostgreSQL.
 */
@ActiveProfiles({ "test", "postgres" })
class AttachmentApiPostgresIntegrationTests extends AttachmentApiContract {

	@DynamicPropertySource
	static void schema(DynamicPropertyRegistry registry) {
		PostgresSchema.register(registry);
	}

}
