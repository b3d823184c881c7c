package org.marsad.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An uploaded spreadsheet, as far as the mapping step needs it.
 *
 * @param id the sheet's id
 * @param fileName the sender's file name, made safe to show
 * @param format {@code csv} or {@code xlsx}
 * @param encoding the text encoding a CSV file was read with, {@code null} for XLSX
 * @param columns the header row, in order
 * @param sample the first rows (at most {@value #SAMPLE_ROWS}), one list of cells per row
 * @param rows how many data rows the file has (the header not counted)
 * @param suggested the mapping proposed from the column names
 * @param uploadedAt when it was uploaded
 * @param uploadedBy who uploaded it
 */
public record ImportSheet(UUID id, String fileName, String format, String encoding, List<String> columns,
		List<List<String>> sample, int rows, ColumnMapping suggested, Instant uploadedAt, String uploadedBy) {

	/** How many rows a sheet shows before the mapping. */
	public static final int SAMPLE_ROWS = 5;

}
