package org.marsad.tallies;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The persons behind a tally on PostgreSQL: the count and the findings run in the
 * database over {@code tally_figure} and {@code figure_person} (migration V27).
 */
@ActiveProfiles({ "test", "postgres" })
class TallyPersonsPostgresIntegrationTests extends TallyPersonsContract {

	@DynamicPropertySource
	static void schema(DynamicPropertyRegistry registry) {
		PostgresSchema.register(registry);
	}

}
