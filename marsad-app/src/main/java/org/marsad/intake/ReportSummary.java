package org.marsad.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * A line in a list of reports.
 *
 * @param id the id
 * @param title the title of the latest version
 * @param excerpt the first characters of the latest text
 * @param language the language of the latest version
 * @param channel how it arrived
 * @param receivedAt when it was received
 * @param sourceId the source, if known
 * @param sourcePseudonym the pseudonym of the source
 * @param credibility the information credibility 1–6
 * @param status where it stands
 * @param version the latest version
 * @param attachmentCount how many files it has
 */
public record ReportSummary(UUID id, String title, String excerpt, String language, Channel channel, Instant receivedAt,
		UUID sourceId, String sourcePseudonym, int credibility, ReportStatus status, int version, int attachmentCount) {

	/** Whether the excerpt reads right to left. */
	public boolean rightToLeft() {
		return "ar".equals(this.language);
	}

}
