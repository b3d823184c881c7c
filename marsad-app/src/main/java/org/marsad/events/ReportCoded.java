package org.marsad.events;

import java.util.List;
import java.util.UUID;

/**
 * Published once a report's coding is stored and the report is marked coded.
 *
 * @param reportId the report
 * @param reportVersion the version of its text that was coded
 * @param eventIds the events it was coded into or linked to
 */
public record ReportCoded(UUID reportId, int reportVersion, List<UUID> eventIds) {
}
