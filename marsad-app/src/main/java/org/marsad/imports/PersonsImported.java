package org.marsad.imports;

import java.util.UUID;

/**
 * A sheet's persons were registered; published in the committing transaction.
 *
 * @param jobId the job
 * @param sheetId the sheet
 * @param sourceReportId the report that stands for the sheet as the persons' source
 * @param persons how many persons were registered
 * @param households how many households were registered
 */
public record PersonsImported(UUID jobId, UUID sheetId, UUID sourceReportId, int persons, int households) {
}
