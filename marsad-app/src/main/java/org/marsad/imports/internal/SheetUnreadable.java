package org.marsad.imports.internal;

/**
 * A file that cannot be read as a sheet: a wrong encoding, a broken quote, a damaged
 * workbook. Carries the message key and the row where reading stopped (0 when the file as
 * a whole is at fault).
 */
class SheetUnreadable extends RuntimeException {

	private final String code;

	private final int row;

	SheetUnreadable(String code, int row) {
		super(code + " at row " + row);
		this.code = code;
		this.row = row;
	}

	SheetUnreadable(String code, int row, Throwable cause) {
		super(code + " at row " + row, cause);
		this.code = code;
		this.row = row;
	}

	String code() {
		return this.code;
	}

	int row() {
		return this.row;
	}

}
