package org.marsad.events.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.marsad.intake.Report;
import org.marsad.intake.Reports;
import org.marsad.intake.Sources;
import org.marsad.intake.UnknownRecord;
import org.marsad.text.vocabulary.SourceReliability;

/**
 * What coding needs of a report at one version: its text (for spans and quotes), its
 * source with the grades as they stand now (copied into what is coded), and its date.
 *
 * @param reportId the report
 * @param version the version of its text
 * @param text the text exactly as received
 * @param sourceId its source, or {@code null}
 * @param reliability the source's reliability now, or {@code null}
 * @param credibility the report's information credibility
 * @param date the day the report speaks from: its publication day, else the day it was
 * received (UTC)
 */
record ReportFacts(UUID reportId, int version, String text, UUID sourceId, SourceReliability reliability,
		int credibility, LocalDate date) {

	/**
	 * Reads a report through intake's API.
	 * @param reports intake's reports
	 * @param sources intake's sources
	 * @param id the report
	 * @param version the version, or {@code null} for the latest
	 * @return the facts, or empty when there is no such report or version
	 */
	static Optional<ReportFacts> read(Reports reports, Sources sources, UUID id, Integer version) {
		Report report;
		try {
			report = (version != null) ? reports.get(id, version) : reports.get(id);
		}
		catch (UnknownRecord ex) {
			return Optional.empty();
		}
		SourceReliability reliability = (report.sourceId() != null) ? sources.get(report.sourceId()).reliability()
				: null;
		LocalDate date = (report.publishedAt() != null) ? report.publishedAt()
				: report.receivedAt().atOffset(ZoneOffset.UTC).toLocalDate();
		return Optional.of(new ReportFacts(report.id(), report.version(), report.text(), report.sourceId(), reliability,
				report.credibility(), date));
	}

	Horizon horizon() {
		return Horizon.of(this.date);
	}

}
