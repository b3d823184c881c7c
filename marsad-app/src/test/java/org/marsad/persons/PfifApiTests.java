package org.marsad.persons;

import org.springframework.test.context.ActiveProfiles;

/**
 * PFIF exchange on the embedded H2 database.
 */
@ActiveProfiles("test")
class PfifApiTests extends PfifApiContract {

}
