package org.marsad.audit;

import org.springframework.test.context.ActiveProfiles;

/**
 * The audit log on the embedded H2 database.
 */
@ActiveProfiles("test")
class AuditLogTests extends AuditLogContract {

}
