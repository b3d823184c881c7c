package org.marsad.text.places;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits comma-separated text into records after RFC 4180.
 *
 * <p>
 * Rules:
 * <ul>
 * <li>a field in double quotes may hold commas, line breaks and doubled quotes</li>
 * <li>records end at LF or CRLF; a byte-order mark at the start is dropped</li>
 * <li>blank lines are skipped</li>
 * </ul>
 */
final class CsvRecords {

	private static final char QUOTE = '"';

	private static final char COMMA = ',';

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private CsvRecords() {
	}

	static List<List<String>> read(Reader reader) throws IOException {
		StringBuilder all = new StringBuilder();
		char[] buffer = new char[8192];
		int n;
		while ((n = reader.read(buffer)) > 0) {
			all.append(buffer, 0, n);
		}
		return parse(all);
	}

	static List<List<String>> parse(CharSequence text) {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		int i = (text.length() > 0 && text.charAt(0) == BYTE_ORDER_MARK) ? 1 : 0;
		for (; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == QUOTE && i + 1 < text.length() && text.charAt(i + 1) == QUOTE) {
					field.append(QUOTE);
					i++;
				}
				else if (c == QUOTE) {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == QUOTE) {
				quoted = true;
			}
			else if (c == COMMA) {
				record.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				endRecord(records, record, field);
				record = new ArrayList<>();
			}
			else {
				field.append(c);
			}
		}
		endRecord(records, record, field);
		return records;
	}

	private static void endRecord(List<List<String>> records, List<String> record, StringBuilder field) {
		record.add(field.toString());
		field.setLength(0);
		if (record.size() > 1 || !record.get(0).isBlank()) {
			records.add(record);
		}
	}

}
