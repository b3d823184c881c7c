package org.marsad.search;

import org.springframework.test.context.ActiveProfiles;

/**
 * Events reach the index, on H2.
 */
@ActiveProfiles("test")
class EventIndexingTests extends EventIndexingContract {

}
