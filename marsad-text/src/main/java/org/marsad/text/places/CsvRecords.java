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

	private final CharSequence text;

	private final List<List<String>> records = new ArrayList<>();

	private final StringBuilder field = new StringBuilder();

	private List<String> record = new ArrayList<>();

	private int pos;

	private CsvRecords(CharSequence text) {
		this.text = text;
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
		CsvRecords parser = new CsvRecords(text);
		parser.pos = (text.length() > 0 && text.charAt(0) == BYTE_ORDER_MARK) ? 1 : 0;
		while (parser.pos < text.length()) {
			parser.step();
		}
		parser.endRecord();
		return parser.records;
	}

	private void step() {
		char c = this.text.charAt(this.pos++);
		switch (c) {
			case QUOTE -> quoted();
			case COMMA -> endField();
			case '\r' -> {
				if (this.pos < this.text.length() && this.text.charAt(this.pos) == '\n') {
					this.pos++;
				}
				endRecord();
			}
			case '\n' -> endRecord();
			default -> this.field.append(c);
		}
	}

	private void quoted() {
		while (this.pos < this.text.length()) {
			char c = this.text.charAt(this.pos++);
			if (c != QUOTE) {
				this.field.append(c);
			}
			else if (this.pos < this.text.length() && this.text.charAt(this.pos) == QUOTE) {
				this.field.append(QUOTE);
				this.pos++;
			}
			else {
				return;
			}
		}
	}

	private void endField() {
		this.record.add(this.field.toString());
		this.field.setLength(0);
	}

	private void endRecord() {
		endField();
		if (this.record.size() > 1 || !this.record.get(0).isBlank()) {
			this.records.add(this.record);
		}
		this.record = new ArrayList<>();
	}

}
