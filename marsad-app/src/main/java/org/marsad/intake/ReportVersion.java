package org.marsad.intake;

import java.time.Instant;

/**
 * One version of a report's text, listed without the text itself.
 *
 * @param version 1 for the text as first received, then one more per correction
 * @param title the title
 * @param language the language code
 * @param length the length of the text in characters
 * @param createdAt when it was stored
 * @param createdBy who stored it
 */
public record ReportVersion(int version, String title, String language, int length, Instant createdAt,
		String createdBy) {
}
