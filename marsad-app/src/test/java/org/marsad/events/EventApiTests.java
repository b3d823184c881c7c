package org.marsad.events;

import org.springframework.test.context.ActiveProfiles;

/**
 * Events on the embedded H2 database.
 */
@ActiveProfiles("test")
class EventApiTests extends EventApiContract {

}
