package org.marsad.imports.internal;

import java.util.Locale;

/**
 * The kinds of file an import reads, recognised by their first bytes, not by the sender's
 * file name.
 * <ul>
 * <li>{@link #XLSX}: a ZIP container (Office Open XML starts with {@code PK\3\4})</li>
 * <li>the legacy binary {@code .xls} (an OLE2 container) is refused with a request to
 * save the sheet as XLSX or CSV</li>
 * <li>anything else is read as delimited text ({@link #CSV})</li>
 * </ul>
 */
enum SheetFormat {

	CSV, XLSX;

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	static SheetFormat ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

	/**
	 * Recognises a file by its first bytes.
	 * @param head at least the first eight bytes of the file, fewer when it is shorter
	 * @param length how many of them were read
	 * @return the format
	 * @throws SheetUnreadable for a legacy {@code .xls} workbook
	 */
	static SheetFormat recognise(byte[] head, int length) {
		if (startsWith(head, length, OLE2)) {
			throw new SheetUnreadable("import.error.legacyWorkbook", 0);
		}
		return startsWith(head, length, ZIP) ? XLSX : CSV;
	}

	private static boolean startsWith(byte[] head, int length, byte[] magic) {
		if (length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (head[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

}
