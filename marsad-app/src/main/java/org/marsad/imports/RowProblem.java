package org.marsad.imports;

/**
 * What is wrong with one cell or row of a sheet, in the file's own terms.
 *
 * @param row the row number as a spreadsheet shows it (the header is row 1)
 * @param column the column name as in the header row, or {@code null} for the whole row
 * @param value the cell as read (cut to 200 characters), or {@code null}
 * @param message what is wrong, in the reader's language
 */
public record RowProblem(int row, String column, String value, String message) {
}
