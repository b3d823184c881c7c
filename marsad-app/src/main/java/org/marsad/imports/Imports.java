package org.marsad.imports;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import org.marsad.security.Roles;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Imports events and figures, or persons and households, from spreadsheets: upload, say
 * what the sheet holds and map its columns, check, commit. Whoever may code events may
 * import either kind; persons are registered through the persons API, which checks the
 * caller's role again.
 */
public interface Imports {

	/**
	 * Keeps an uploaded file and reads its header row.
	 * @param fileName the name the sender gave the file (shown only, never used as a
	 * path)
	 * @param content the file's bytes
	 * @param encoding the text encoding of a CSV file, or {@code null} to recognise UTF-8
	 * and UTF-16 (with a byte order mark)
	 * @return the sheet, with its columns, a few rows and the proposed mapping
	 * @throws ImportRefused for an empty, unreadable or oversized file, naming the field
	 */
	@PreAuthorize(Roles.CODES)
	ImportSheet upload(String fileName, InputStream content, String encoding);

	/**
	 * A sheet uploaded earlier.
	 * @param id the sheet
	 * @return the sheet
	 * @throws UnknownImport when there is none
	 */
	@PreAuthorize(Roles.CODES)
	ImportSheet sheet(UUID id);

	/**
	 * The sheets uploaded most recently, newest first.
	 * @param limit how many at most
	 * @return the sheets
	 */
	@PreAuthorize(Roles.CODES)
	List<ImportSheet> recent(int limit);

	/**
	 * A dry run: every row goes through the rules of the commit, and nothing is kept.
	 * @param sheetId the sheet
	 * @param mapping which column holds which field
	 * @return what the commit would create, and every problem by row and column
	 * @throws ImportRefused for a mapping that names unknown columns or lacks a required
	 * field
	 */
	@PreAuthorize(Roles.CODES)
	ImportCheck check(UUID sheetId, ColumnMapping mapping);

	/**
	 * Starts the commit of a sheet in the background: all rows are kept, or none.
	 * @param sheetId the sheet
	 * @param mapping which column holds which field
	 * @return the job, queued or running
	 * @throws AlreadyImported when the sheet was committed already or is being committed
	 * @throws ImportRefused for a mapping that names unknown columns or lacks a required
	 * field
	 */
	@PreAuthorize(Roles.CODES)
	ImportJob commit(UUID sheetId, ColumnMapping mapping);

	/**
	 * A commit's state and progress.
	 * @param jobId the job
	 * @return the job
	 * @throws UnknownImport when there is none
	 */
	@PreAuthorize(Roles.CODES)
	ImportJob job(UUID jobId);

}
