package org.marsad.search;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A report as the index sees it: its latest version. Reports carry no confidentiality:
 * every reader may find them, but only readers who work with sources see the source
 * ({@link Viewer#seesSources()}).
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
		String sourcePseudonym, Instant receivedAt) implements SearchDocument {

	/**
	 * Checks the fields every report has.
	 * @throws NullPointerException when the id, text or receipt time is missing
	 */
	public ReportDocument {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(receivedAt, "receivedAt");
	}

	@Override
	public RecordKind kind() {
		return RecordKind.REPORT;
	}

	/** The receipt time: reports are compared with the database by the latest receipt. */
	@Override
	public Instant changedAt() {
		return this.receivedAt;
	}

}
