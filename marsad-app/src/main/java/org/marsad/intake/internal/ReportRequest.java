package org.marsad.intake.internal;

import org.marsad.intake.NewReport;

/**
 * The JSON body of {@code POST /api/reports} (or its {@code report} part).
 *
 * @param text the text exactly as received (required)
 * @param title a short title
 * @param language {@code ar}, {@code en} or {@code other}; detected when absent
 * @param channel {@code message}, {@code call}, {@code email}, {@code web}, {@code audio}
 * or {@code document}
 * @param receivedAt an ISO instant or date-time
 * @param publishedAt an ISO date
 * @param sourceId the id of a recorded source
 * @param credibility the information credibility 1–6
 */
record ReportRequest(String text, String title, String language, String channel, String receivedAt, String publishedAt,
		String sourceId, Integer credibility) {

	NewReport toNewReport() {
		return new NewReport(this.text, this.title, this.language, this.channel, this.receivedAt, this.publishedAt,
				this.sourceId, (this.credibility != null) ? this.credibility.toString() : null);
	}

}
