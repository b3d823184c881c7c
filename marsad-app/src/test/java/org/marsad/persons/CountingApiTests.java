package org.marsad.persons;

import org.springframework.test.context.ActiveProfiles;

/**
 * Persons counted in figures on the embedded H2 database.
 */
@ActiveProfiles("test")
class CountingApiTests extends CountingApiContract {

}
