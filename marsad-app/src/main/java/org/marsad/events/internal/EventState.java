package org.marsad.events.internal;

import java.util.UUID;

/**
 * What the checks need to know of a recorded event.
 *
 * @param id the event
 * @param version its version
 * @param voided whether it is void
 * @param parentId the event that encompasses it, if any
 */
record EventState(UUID id, int version, boolean voided, UUID parentId) {
}
