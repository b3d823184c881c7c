package org.marsad.intake;

import org.springframework.test.context.ActiveProfiles;

/**
 * The report API on PostgreSQL.
 */
@ActiveProfiles({ "test", "postgres" })
class ReportApiPostgresIntegrationTests extends ReportApiContract {

}
