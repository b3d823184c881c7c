package org.marsad.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * Published once a new report is stored, for extraction and search to pick it up.
 *
 * @param reportId the report
 * @param sourceId its source, or {@code null}
 * @param language its language code
 * @param receivedAt when it was received
 */
public record ReportReceived(UUID reportId, UUID sourceId, String language, Instant receivedAt) {
}
