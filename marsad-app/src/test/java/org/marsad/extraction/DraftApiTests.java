package org.marsad.extraction;

import org.springframework.test.context.ActiveProfiles;

/**
 * Drafts on the embedded H2 database.
 */
@ActiveProfiles("test")
class DraftApiTests extends DraftApiContract {

}
