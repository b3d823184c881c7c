package org.marsad.events;

import java.util.UUID;

/**
 * Published once a figure was created or changed, including its value after a claim was
 * added or voided, so that tallies can follow.
 *
 * @param figureId the figure
 * @param eventId its event
 * @param version its version after the change
 * @param action {@code created}, {@code updated} or {@code voided}
 */
public record FigureChanged(UUID figureId, UUID eventId, int version, String action) {
}
