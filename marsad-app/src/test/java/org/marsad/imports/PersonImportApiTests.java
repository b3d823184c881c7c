package org.marsad.imports;

import org.springframework.test.context.ActiveProfiles;

/**
 * Importing persons on the embedded H2 database.
 */
@ActiveProfiles("test")
class PersonImportApiTests extends PersonImportContract {

}
