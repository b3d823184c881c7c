package org.marsad.persons;

import org.springframework.test.context.ActiveProfiles;

/**
 * Possible duplicates on the embedded H2 database.
 */
@ActiveProfiles("test")
class DuplicateApiTests extends DuplicateApiContract {

}
