package org.marsad.catalogue;

import org.springframework.test.context.ActiveProfiles;

/**
 * Gazetteer imports on the embedded H2 database.
 */
@ActiveProfiles("test")
class GazetteerImportTests extends GazetteerImportContract {

}
