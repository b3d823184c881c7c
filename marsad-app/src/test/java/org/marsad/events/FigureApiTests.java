package org.marsad.events;

import org.springframework.test.context.ActiveProfiles;

/**
 * Figures and claims on the embedded H2 database.
 */
@ActiveProfiles("test")
class FigureApiTests extends FigureApiContract {

}
