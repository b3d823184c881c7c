package org.marsad.imports;

import java.util.UUID;

/**
 * A sheet's events and figures were committed; published in the committing transaction.
 *
 * @param jobId the job
 * @param sheetId the sheet
 * @param events how many events were created
 * @param figures how many figures were created
 */
public record EventsImported(UUID jobId, UUID sheetId, int events, int figures) {
}
