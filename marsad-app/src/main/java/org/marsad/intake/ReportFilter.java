package org.marsad.intake;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Which reports to list; {@code null} fields do not filter.
 *
 * @param sourceId reports from this source
 * @param status reports in this status
 * @param language reports whose latest version is in this language code
 * @param receivedFrom reports received on or after this day (UTC)
 * @param receivedTo reports received on or before this day (UTC)
 */
public record ReportFilter(UUID sourceId, ReportStatus status, String language, LocalDate receivedFrom,
		LocalDate receivedTo) {

	/** No filter: every report. */
	public static final ReportFilter ALL = new ReportFilter(null, null, null, null, null);

}
