package org.marsad.search;

import java.time.Instant;
import java.util.UUID;

/**
 * A report as the index sees it: its latest version.
 *
 * @param id the report id
 * @param title the title, or {@code null}
 * @param text the text exactly as received
 * @param language {@code ar}, {@code en} or {@code other}
 * @param channel the channel code, e.g. {@code message}
 * @param status the status code, e.g. {@code new}
 * @param sourcePseudonym the pseudonym of its source, or {@code null}
 * @param receivedAt when it was received
 */
public record ReportDocument(UUID id, String title, String text, String language, String channel, String status,
		String sourcePseudonym, Instant receivedAt) {

	/** The kind of record, as returned in hits. */
	public static final String KIND = "report";

}
