package org.marsad.extraction.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.marsad.extraction.Draft;
import org.marsad.extraction.Draft.DateBasis;
import org.marsad.extraction.DraftRefused;
import org.marsad.extraction.Drafts;
import org.marsad.intake.Report;
import org.marsad.intake.Reports;
import org.marsad.text.Extractor;

/**
 * The {@link Drafts} use cases.
 * <ul>
 * <li>the extractor is fetched before the report is read, and no transaction is held
 * while it may be rebuilt, so a request waiting for a rebuild holds no database
 * connection that the rebuild needs</li>
 * <li>a report is read at its latest version, through intake's API, with the caller's
 * rights</li>
 * <li>a text that is not saved may be at most as large as a report may be
 * ({@code marsad.max-report-text})</li>
 * </ul>
 */
class ReportDrafts implements Drafts {

	private final Reports reports;

	private final CatalogueExtractor extractor;

	private final long maxTextBytes;

	private final Clock clock;

	ReportDrafts(Reports reports, CatalogueExtractor extractor, long maxTextBytes, Clock clock) {
		this.reports = reports;
		this.extractor = extractor;
		this.maxTextBytes = maxTextBytes;
		this.clock = clock;
	}

	@Override
	public Draft draft(UUID reportId) {
		Extractor current = this.extractor.current();
		Report report = this.reports.get(reportId);
		LocalDate published = report.publishedAt();
		DateBasis basis = DateBasis.PUBLISHED;
		if (published == null) {
			published = LocalDate.ofInstant(report.receivedAt(), ZoneOffset.UTC);
			basis = DateBasis.RECEIVED;
		}
		return new Draft(report.id(), report.version(), report.text(), published, basis,
				current.extract(report.text(), published));
	}

	@Override
	public Draft draft(String text, LocalDate published) {
		if (text == null || text.isBlank()) {
			throw new DraftRefused("text", "draft.error.textRequired");
		}
		if (text.length() > this.maxTextBytes || text.getBytes(StandardCharsets.UTF_8).length > this.maxTextBytes) {
			throw new DraftRefused("text", "draft.error.textTooLarge");
		}
		LocalDate date = (published != null) ? published : LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
		DateBasis basis = (published != null) ? DateBasis.GIVEN : DateBasis.TODAY;
		return new Draft(null, null, text, date, basis, this.extractor.current().extract(text, date));
	}

}
