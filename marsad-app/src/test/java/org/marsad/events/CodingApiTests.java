package org.marsad.events;

import org.springframework.test.context.ActiveProfiles;

/**
 * Coding on the embedded H2 database.
 */
@ActiveProfiles("test")
class CodingApiTests extends CodingApiContract {

}
