package org.marsad.catalogue;

import org.springframework.test.context.ActiveProfiles;

/**
 * The actor API on the embedded H2 database.
 */
@ActiveProfiles("test")
class ActorApiTests extends ActorApiContract {

}
