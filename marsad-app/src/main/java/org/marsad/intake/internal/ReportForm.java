package org.marsad.intake.internal;

import java.util.List;

import org.marsad.intake.NewReport;

import org.springframework.web.multipart.MultipartFile;

/**
 * The new-report form.
 *
 * @param text the pasted text
 * @param title the title
 * @param language a language code, or empty to detect it
 * @param channel a channel code
 * @param receivedAt a local date-time (UTC) from the form
 * @param publishedAt an ISO date
 * @param sourceId a source id, or empty
 * @param credibility 1–6
 * @param files the chosen files
 */
record ReportForm(String text, String title, String language, String channel, String receivedAt, String publishedAt,
		String sourceId, String credibility, List<MultipartFile> files) {

	/** An empty form with the usual defaults. */
	static ReportForm empty() {
		return new ReportForm("", "", "", "message", "", "", "", "6", List.of());
	}

	NewReport toNewReport() {
		return new NewReport(this.text, this.title, this.language, this.channel, this.receivedAt, this.publishedAt,
				this.sourceId, this.credibility);
	}

}
