package org.marsad.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A report at one of its versions (the latest unless asked otherwise).
 *
 * @param id the id, the same for every version
 * @param version the version shown
 * @param latestVersion the newest version
 * @param title the title
 * @param text the text exactly as received
 * @param language {@code ar}, {@code en} or {@code other}
 * @param channel how it arrived
 * @param receivedAt when it was received
 * @param publishedAt when its sender published it, if it did
 * @param sourceId the source, if known
 * @param sourcePseudonym the pseudonym of the source
 * @param credibility the information credibility 1–6
 * @param status where it stands
 * @param createdAt when it was first stored
 * @param createdBy who stored it
 * @param attachments its files
 * @param versions every version, oldest first
 */
public record Report(UUID id, int version, int latestVersion, String title, String text, String language,
		Channel channel, Instant receivedAt, LocalDate publishedAt, UUID sourceId, String sourcePseudonym,
		int credibility, ReportStatus status, Instant createdAt, String createdBy, List<Attachment> attachments,
		List<ReportVersion> versions) {

	/** Whether the text reads right to left. */
	public boolean rightToLeft() {
		return "ar".equals(this.language);
	}

}
