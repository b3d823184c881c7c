package org.marsad.catalogue;

import org.springframework.test.context.ActiveProfiles;

/**
 * The place API on the embedded H2 database.
 */
@ActiveProfiles("test")
class PlaceApiTests extends PlaceApiContract {

}
