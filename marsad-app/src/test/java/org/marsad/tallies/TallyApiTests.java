package org.marsad.tallies;

import org.springframework.test.context.ActiveProfiles;

/**
 * The tally API on the embedded H2 database.
 */
@ActiveProfiles("test")
class TallyApiTests extends TallyApiContract {

}
