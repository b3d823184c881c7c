package org.marsad.tallies;

import org.springframework.test.context.ActiveProfiles;

/**
 * The consistency checks on the embedded H2 database.
 */
@ActiveProfiles("test")
class ConsistencyTests extends ConsistencyContract {

}
