package org.marsad.persons;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An entry for the status timeline.
 *
 * @param status {@code exited}, {@code screened}, {@code transferred}, {@code detained},
 * {@code released}, {@code missing}, {@code trapped}, {@code found}, {@code injured} or
 * {@code killed}
 * @param on the day, not in the future
 * @param eventId the event it belongs to, or {@code null}
 * @param actorId the actor (who detained, released, …), or {@code null}
 * @param placeId where, or {@code null}
 * @param note what else is known
 */
public record NewStatus(String status, LocalDate on, UUID eventId, String actorId, String placeId, String note) {
}
