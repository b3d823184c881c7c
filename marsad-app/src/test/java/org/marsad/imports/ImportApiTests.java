package org.marsad.imports;

import org.springframework.test.context.ActiveProfiles;

/**
 * The import API on the embedded H2 database.
 */
@ActiveProfiles("test")
class ImportApiTests extends ImportApiContract {

}
