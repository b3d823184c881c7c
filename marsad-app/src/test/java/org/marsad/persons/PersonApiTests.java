package org.marsad.persons;

import org.springframework.test.context.ActiveProfiles;

/**
 * Persons on the embedded H2 database.
 */
@ActiveProfiles("test")
class PersonApiTests extends PersonApiContract {

}
