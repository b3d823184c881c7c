package org.marsad.imports.internal;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads the rows of a stored sheet in order, the header first, each as the cells' text.
 * Readers never hold the whole file in memory.
 */
interface SheetReader {

	/**
	 * Reads the rows until the end or until the visitor stops.
	 * @param file the stored file
	 * @param visitor receives each row with its number as a spreadsheet shows it (the
	 * header is row 1)
	 * @throws SheetUnreadable when the file cannot be read, with the row where it stopped
	 */
	void read(Path file, RowVisitor visitor);

	/**
	 * Receives the rows of a sheet.
	 */
	@FunctionalInterface
	interface RowVisitor {

		/**
		 * One row.
		 * @param number its number, 1 for the header
		 * @param cells its cells, trailing empty cells possibly left out
		 * @return whether to go on reading
		 */
		boolean row(int number, List<String> cells);

	}

}
