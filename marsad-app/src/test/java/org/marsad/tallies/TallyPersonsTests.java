package org.marsad.tallies;

import org.springframework.test.context.ActiveProfiles;

/**
 * The persons behind a tally on the embedded H2 database.
 */
@ActiveProfiles("test")
class TallyPersonsTests extends TallyPersonsContract {

}
