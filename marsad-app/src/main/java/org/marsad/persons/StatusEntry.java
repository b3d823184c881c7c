package org.marsad.persons;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A dated entry of a person's status timeline.
 *
 * @param id the entry
 * @param status the status code, e.g. {@code detained}
 * @param on the day
 * @param eventId the event, or {@code null}
 * @param actorId the actor, or {@code null}
 * @param placeId the place, or {@code null}
 * @param note the note, or {@code null}
 * @param createdAt when it was recorded
 * @param createdBy who recorded it
 */
public record StatusEntry(UUID id, String status, LocalDate on, UUID eventId, String actorId, String placeId,
		String note, Instant createdAt, String createdBy) {
}
