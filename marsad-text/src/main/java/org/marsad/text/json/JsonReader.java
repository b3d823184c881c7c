package org.marsad.text.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small recursive-descent JSON parser, so that the text engine can read gazetteers
 * without a JSON library (it depends on Lucene alone).
 *
 * <p>
 * It follows RFC 8259:
 * <ul>
 * <li>objects become {@link LinkedHashMap}s (member order kept), arrays become
 * {@link ArrayList}s</li>
 * <li>strings are decoded with all escapes, {@code \\uXXXX} included (surrogate pairs
 * arrive as two units, as Java strings hold them)</li>
 * <li>integers that fit become {@link Long}, other numbers {@link Double}</li>
 * <li>{@code true}/{@code false} become {@link Boolean}, {@code null} becomes Java
 * {@code null}</li>
 * <li>anything else, trailing text included, is a {@link JsonException} that names the
 * offset</li>
 * </ul>
 */
public final class JsonReader {

	private static final char QUOTE = '"';

	private static final char BACKSLASH = '\\';

	private static final int HEX_DIGITS = 4;

	private static final int MAX_DEPTH = 512;

	private final String text;

	private int pos;

	private int depth;

	private JsonReader(String text) {
		this.text = text;
	}

	/**
	 * Parses one JSON document.
	 * @param text the document
	 * @return the value: map, list, string, number, boolean or {@code null}
	 * @throws JsonException when the text is not JSON
	 */
	public static Object parse(String text) {
		JsonReader reader = new JsonReader(text);
		reader.skipWhitespace();
		Object value = reader.value();
		reader.skipWhitespace();
		if (reader.pos != text.length()) {
			throw reader.error("unexpected text after the value");
		}
		return value;
	}

	private Object value() {
		if (this.pos >= this.text.length()) {
			throw error("unexpected end of input");
		}
		char c = this.text.charAt(this.pos);
		return switch (c) {
			case '{' -> object();
			case '[' -> array();
			case QUOTE -> string();
			case 't' -> literal("true", Boolean.TRUE);
			case 'f' -> literal("false", Boolean.FALSE);
			case 'n' -> literal("null", null);
			default -> number();
		};
	}

	private Map<String, Object> object() {
		enter();
		this.pos++;
		Map<String, Object> members = new LinkedHashMap<>();
		skipWhitespace();
		if (peek('}')) {
			this.pos++;
			this.depth--;
			return members;
		}
		while (true) {
			skipWhitespace();
			if (!peek(QUOTE)) {
				throw error("expected a member name");
			}
			String name = string();
			skipWhitespace();
			expect(':');
			skipWhitespace();
			members.put(name, value());
			skipWhitespace();
			if (peek(',')) {
				this.pos++;
				continue;
			}
			expect('}');
			this.depth--;
			return members;
		}
	}

	private List<Object> array() {
		enter();
		this.pos++;
		List<Object> items = new ArrayList<>();
		skipWhitespace();
		if (peek(']')) {
			this.pos++;
			this.depth--;
			return items;
		}
		while (true) {
			skipWhitespace();
			items.add(value());
			skipWhitespace();
			if (peek(',')) {
				this.pos++;
				continue;
			}
			expect(']');
			this.depth--;
			return items;
		}
	}

	private String string() {
		this.pos++;
		StringBuilder out = null;
		int runStart = this.pos;
		while (this.pos < this.text.length()) {
			char c = this.text.charAt(this.pos);
			if (c == QUOTE) {
				String result = (out != null) ? out.append(this.text, runStart, this.pos).toString()
						: this.text.substring(runStart, this.pos);
				this.pos++;
				return result;
			}
			if (c < ' ') {
				throw error("control character in string");
			}
			if (c == BACKSLASH) {
				out = (out != null) ? out : new StringBuilder();
				out.append(this.text, runStart, this.pos);
				this.pos++;
				out.append(escape());
				runStart = this.pos;
				continue;
			}
			this.pos++;
		}
		throw error("unterminated string");
	}

	private char escape() {
		if (this.pos >= this.text.length()) {
			throw error("unterminated escape");
		}
		char c = this.text.charAt(this.pos++);
		return switch (c) {
			case QUOTE, BACKSLASH, '/' -> c;
			case 'b' -> '\b';
			case 'f' -> '\f';
			case 'n' -> '\n';
			case 'r' -> '\r';
			case 't' -> '\t';
			case 'u' -> unicodeEscape();
			default -> throw error("unknown escape");
		};
	}

	private char unicodeEscape() {
		if (this.pos + HEX_DIGITS > this.text.length()) {
			throw error("short unicode escape");
		}
		int code = 0;
		for (int i = 0; i < HEX_DIGITS; i++) {
			int digit = Character.digit(this.text.charAt(this.pos + i), 16);
			if (digit < 0) {
				throw error("bad hex digit in unicode escape");
			}
			code = code * 16 + digit;
		}
		this.pos += HEX_DIGITS;
		return (char) code;
	}

	private Number number() {
		int start = this.pos;
		boolean integral = true;
		if (peek('-')) {
			this.pos++;
		}
		int intStart = this.pos;
		skipDigits();
		if (this.pos == intStart || (this.text.charAt(intStart) == '0' && this.pos - intStart > 1)) {
			throw error("malformed number");
		}
		if (peek('.')) {
			integral = false;
			this.pos++;
			requireDigits();
		}
		if (peek('e') || peek('E')) {
			integral = false;
			this.pos++;
			if (peek('+') || peek('-')) {
				this.pos++;
			}
			requireDigits();
		}
		String literal = this.text.substring(start, this.pos);
		if (integral) {
			try {
				return Long.parseLong(literal);
			}
			catch (NumberFormatException ex) {
				return Double.parseDouble(literal);
			}
		}
		return Double.parseDouble(literal);
	}

	private void requireDigits() {
		int from = this.pos;
		skipDigits();
		if (this.pos == from) {
			throw error("malformed number");
		}
	}

	private void skipDigits() {
		while (this.pos < this.text.length() && this.text.charAt(this.pos) >= '0'
				&& this.text.charAt(this.pos) <= '9') {
			this.pos++;
		}
	}

	private Object literal(String word, Object value) {
		if (!this.text.startsWith(word, this.pos)) {
			throw error("unknown literal");
		}
		this.pos += word.length();
		return value;
	}

	private void enter() {
		if (++this.depth > MAX_DEPTH) {
			throw error("nesting too deep");
		}
	}

	private boolean peek(char c) {
		return this.pos < this.text.length() && this.text.charAt(this.pos) == c;
	}

	private void expect(char c) {
		if (!peek(c)) {
			throw error("expected '" + c + "'");
		}
		this.pos++;
	}

	private void skipWhitespace() {
		while (this.pos < this.text.length()) {
			char c = this.text.charAt(this.pos);
			if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
				return;
			}
			this.pos++;
		}
	}

	private JsonException error(String message) {
		return new JsonException(message + " at offset " + this.pos);
	}

}
