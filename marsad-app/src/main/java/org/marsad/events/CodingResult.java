package org.marsad.events;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a coding stored.
 *
 * @param reportId the coded report
 * @param reportVersion the version of its text that the spans refer to
 * @param createdEvents the new events, in the order of the submission
 * @param linkedEvents the existing events the report was linked to, in the order of the
 * submission
 * @param figures the new figures by the keys the submission gave them
 * @param claims the new claims, in the order of the submission
 */
public record CodingResult(UUID reportId, int reportVersion, List<UUID> createdEvents, List<UUID> linkedEvents,
		Map<String, UUID> figures, List<UUID> claims) {
}
