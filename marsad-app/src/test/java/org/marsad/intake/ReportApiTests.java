package org.marsad.intake;

import org.springframework.test.context.ActiveProfiles;

/**
 * The report API on the embedded H2 database.
 */
@ActiveProfiles("test")
class ReportApiTests extends ReportApiContract {

}
