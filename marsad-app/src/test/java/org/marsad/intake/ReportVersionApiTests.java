package org.marsad.intake;

import org.springframework.test.context.ActiveProfiles;

/**
 * Report corrections on the embedded H2 database.
 */
@ActiveProfiles("test")
class ReportVersionApiTests extends ReportVersionApiContract {

}
