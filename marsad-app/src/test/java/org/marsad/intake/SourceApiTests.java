package org.marsad.intake;

import org.springframework.test.context.ActiveProfiles;

/**
 * The source API on the embedded H2 database.
 */
@ActiveProfiles("test")
class SourceApiTests extends SourceApiContract {

}
