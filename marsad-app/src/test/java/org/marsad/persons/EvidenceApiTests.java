package org.marsad.persons;

import org.springframework.test.context.ActiveProfiles;

/**
 * Identity evidence on the embedded H2 database.
 */
@ActiveProfiles("test")
class EvidenceApiTests extends EvidenceApiContract {

}
