package org.marsad.imports.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stored sheet as the database keeps it.
 *
 * @param id the sheet
 * @param fileName the sender's file name, made safe to show
 * @param format the format
 * @param encoding the encoding of a CSV file
 * @param size the size in bytes
 * @param sha256 the SHA-256 of the file
 * @param columns the header row
 * @param rows the data rows
 * @param uploadedAt when
 * @param uploadedBy who
 */
record SheetRecord(UUID id, String fileName, SheetFormat format, String encoding, long size, String sha256,
		List<String> columns, int rows, Instant uploadedAt, String uploadedBy) {
}
