package org.marsad.tallies.internal;

import org.springframework.test.context.ActiveProfiles;

/**
 * The fast path agrees with the full computation on the embedded H2 database.
 */
@ActiveProfiles("test")
class ProjectedSumsTests extends ProjectedSumsContract {

}
