/**
 * Imports: bringing an organisation's existing spreadsheets of events and figures, or of
 * persons and their households, into the record (issue 9, "Imports").
 * <ul>
 * <li>A file (CSV in UTF-8 or UTF-16, or another encoding named by the sender; or XLSX)
 * is kept as an {@link org.marsad.imports.ImportSheet} under a random id, never under the
 * sender's file name; its header row is read and each column is proposed a field.</li>
 * <li>A {@link org.marsad.imports.ColumnMapping} says what the sheet holds
 * ({@link org.marsad.imports.ImportKind}) and which column holds which field: an
 * {@link org.marsad.imports.ImportField} of events, where rows that share an event key
 * are one event with several figures, or a {@link org.marsad.imports.PersonField} of
 * persons, where rows that share a household key are one household. Persons are
 * registered through the persons module's API, with the sheet recorded as their
 * source.</li>
 * <li>A dry run ({@link org.marsad.imports.Imports#check}) goes through every row with
 * the same rules as the commit, inside a transaction that is rolled back, and reports
 * what is wrong in the file's own terms: its row numbers and column names.</li>
 * <li>A commit ({@link org.marsad.imports.Imports#commit}) runs in the background with
 * its progress readable while it runs, and is all or nothing: one refused row and nothing
 * of the file is kept.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Imports")
package org.marsad.imports;
