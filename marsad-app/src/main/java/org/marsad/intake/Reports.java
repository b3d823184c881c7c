package org.marsad.intake;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.marsad.security.Roles;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Receives reports with their files, keeps every version of their text, and serves them
 * back exactly as received.
 */
public interface Reports {

	/**
	 * Stores a report and its files in one go: either all is stored, or nothing.
	 * Publishes {@link ReportReceived}.
	 * @param report the report as typed
	 * @param uploads its files
	 * @return the stored report
	 * @throws IntakeRefused naming the offending fields
	 */
	@PreAuthorize(Roles.RECORDS)
	Report create(NewReport report, List<Upload> uploads);

	/**
	 * Stores a corrected text as a new version; the earlier versions stay.
	 * @param id the report
	 * @param correction the corrected text
	 * @return the report at its new version
	 */
	@PreAuthorize(Roles.RECORDS)
	Report correct(UUID id, Correction correction);

	/**
	 * Marks a report as coded once its events and figures are recorded. A report that is
	 * already coded or verified stays as it is. Joins the caller's transaction, so that
	 * the mark and the coded records are stored together or not at all.
	 * @param id the report
	 * @return whether the status changed (from {@code new} to {@code coded})
	 * @throws UnknownRecord when there is no such report
	 */
	@PreAuthorize(Roles.CODES)
	boolean markCoded(UUID id);

	/**
	 * A report at its latest version.
	 * @param id the report
	 * @return the report
	 * @throws UnknownRecord when there is none
	 */
	@PreAuthorize(Roles.READS)
	Report get(UUID id);

	/**
	 * A report at one of its versions.
	 * @param id the report
	 * @param version the version from 1
	 * @return the report
	 * @throws UnknownRecord when there is no such report or version
	 */
	@PreAuthorize(Roles.READS)
	Report get(UUID id, int version);

	/**
	 * Lists reports, most recently received first.
	 * @param filter which reports
	 * @param page the page
	 * @return the page
	 */
	@PreAuthorize(Roles.READS)
	PageOf<ReportSummary> list(ReportFilter filter, PageRequest page);

	/**
	 * A stored file, for download.
	 * @param sha256 its hash in lower-case hex
	 * @return the file's metadata and where it lies
	 * @throws UnknownRecord when no report has it
	 */
	@PreAuthorize(Roles.READS)
	StoredFile file(String sha256);

	/**
	 * A stored attachment and the file that holds its content.
	 *
	 * @param attachment the metadata
	 * @param path the file in the store
	 */
	record StoredFile(Attachment attachment, Path path) {
	}

}
