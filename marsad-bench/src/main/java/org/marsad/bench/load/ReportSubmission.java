package org.marsad.bench.load;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.marsad.bench.generate.ReportParagraphs;

/**
 * One report as the load test submits it to {@code POST /api/reports}.
 *
 * @param sequence its number in the run, from 0
 * @param marker the text that makes it unique and recognisable in listings
 * @param title the title, which also carries the marker
 * @param text the report text, ending with the marker
 * @param channel how it came in
 * @param receivedAt when it came in
 * @param publishedAt the day it speaks of
 * @param credibility information credibility 1–6
 */
record ReportSubmission(int sequence, String marker, String title, String text, String channel, Instant receivedAt,
		LocalDate publishedAt, int credibility) {

	/** Markers of every run: a prefix, the run id and the sequence number. */
	static final Pattern MARKER = Pattern.compile("MRSD-([0-9a-f]{8})-\\d{7}");

	private static final List<String> CHANNELS = List.of("message", "call", "email", "web", "audio", "document");

	private static final Instant FIRST_RECEIVED = Instant.parse("2019-01-23T05:00:00Z");

	private static final Duration RECEIVED_STEP = Duration.ofSeconds(37);

	private static final int GRADES = 6;

	/**
	 * Generates the report of a sequence number, the same on every call.
	 * @param paragraphs the text generator
	 * @param runId eight hex digits naming the run
	 * @param sequence the report's number in the run
	 * @return the report
	 */
	static ReportSubmission generate(ReportParagraphs paragraphs, String runId, int sequence) {
		String marker = "MRSD-%s-%07d".formatted(runId, sequence);
		Instant received = FIRST_RECEIVED.plus(RECEIVED_STEP.multipliedBy(sequence));
		return new ReportSubmission(sequence, marker, paragraphs.title(sequence) + " " + marker,
				paragraphs.paragraph(sequence, marker), CHANNELS.get(sequence % CHANNELS.size()), received,
				LocalDate.ofInstant(received, ZoneOffset.UTC), 1 + sequence % GRADES);
	}

	/** The JSON fields of the request body, in a stable order. */
	Map<String, Object> fields() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("title", this.title);
		fields.put("text", this.text);
		fields.put("language", "ar");
		fields.put("channel", this.channel);
		fields.put("receivedAt", this.receivedAt.toString());
		fields.put("publishedAt", this.publishedAt.toString());
		fields.put("credibility", this.credibility);
		return fields;
	}

}
