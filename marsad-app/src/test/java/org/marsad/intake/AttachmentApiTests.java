package org.marsad.intake;

import org.springframework.test.context.ActiveProfiles;

/**
 * Attachments on the embedded H2 database.
 */
@ActiveProfiles("test")
class AttachmentApiTests extends AttachmentApiContract {

}
