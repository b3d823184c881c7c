package org.marsad.events;

import org.springframework.test.context.ActiveProfiles;

/**
 * Bad codings on the embedded H2 database.
 */
@ActiveProfiles("test")
class CodingRefusalsTests extends CodingRefusalsContract {

}
