package org.marsad.events.internal;

import java.util.UUID;

/**
 * What the checks need to know of a recorded figure.
 *
 * @param id the figure
 * @param eventId its event
 * @param version its version
 * @param voided whether it is void
 * @param partOf the figure it is a part of, if any
 */
record FigureState(UUID id, UUID eventId, int version, boolean voided, UUID partOf) {
}
