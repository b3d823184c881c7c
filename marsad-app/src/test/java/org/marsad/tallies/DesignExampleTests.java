package org.marsad.tallies;

import org.springframework.test.context.ActiveProfiles;

/**
 * The DESIGN bulletin on the embedded H2 database.
 */
@ActiveProfiles("test")
class DesignExampleTests extends DesignExampleContract {

}
