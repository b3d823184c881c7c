package org.marsad.intake;

/**
 * A report as pasted in a form or sent to the API, before it is checked.
 *
 * @param text the text exactly as received (required)
 * @param title a short title
 * @param language {@code ar}, {@code en} or {@code other}; detected from the text when
 * empty
 * @param channel a {@link Channel} code (default {@code message})
 * @param receivedAt an ISO instant or local date-time (taken as UTC); now when empty
 * @param publishedAt an ISO date
 * @param sourceId the id of a known source
 * @param credibility the information credibility 1–6 (default 6, cannot be judged)
 */
public record NewReport(String text, String title, String language, String channel, String receivedAt,
		String publishedAt, String sourceId, String credibility) {
}
