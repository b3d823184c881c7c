package org.marsad.tallies.internal;

import org.springframework.test.context.ActiveProfiles;

/**
 * The columns in memory follow every change on the embedded H2 database.
 */
@ActiveProfiles("test")
class FigureColumnsTests extends FigureColumnsContract {

}
