package org.marsad.text.numbers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader (RFC 8259) for the peer spec files, so that the tests of this
 * module need no JSON library: objects become maps, arrays lists, strings strings,
 * numbers their text, and true, false and null themselves.
 */
final class SpecJson {

	private static final int HEX = 16;

	private static final int UNICODE_ESCAPE_LENGTH = 4;

	private final String text;

	private int at;

	private SpecJson(String text) {
		this.text = text;
	}

	static Object parse(String text) {
		SpecJson reader = new SpecJson(text);
		Object value = reader.value();
		reader.skipSpace();
		if (reader.at != text.length()) {
			throw reader.error("end of input");
		}
		return value;
	}

	private Object value() {
		skipSpace();
		char c = peek();
		return switch (c) {
			case '{' -> object();
			case '[' -> array();
			case '"' -> string();
			case 't' -> literal("true", Boolean.TRUE);
			case 'f' -> literal("false", Boolean.FALSE);
			case 'n' -> literal("null", null);
			default -> number();
		};
	}

	private Map<String, Object> object() {
		Map<String, Object> object = new LinkedHashMap<>();
		expect('{');
		skipSpace();
		if (peek() == '}') {
			this.at++;
			return object;
		}
		do {
			skipSpace();
			String key = string();
			skipSpace();
			expect(':');
			object.put(key, value());
			skipSpace();
		}
		while (next() == ',');
		this.at--;
		expect('}');
		return object;
	}

	private List<Object> array() {
		List<Object> array = new ArrayList<>();
		expect('[');
		skipSpace();
		if (peek() == ']') {
			this.at++;
			return array;
		}
		do {
			array.add(value());
			skipSpace();
		}
		while (next() == ',');
		this.at--;
		expect(']');
		return array;
	}

	private String string() {
		expect('"');
		StringBuilder out = new StringBuilder();
		for (char c = next(); c != '"'; c = next()) {
			if (c != '\\') {
				out.append(c);
				continue;
			}
			char escaped = next();
			switch (escaped) {
				case 'n' -> out.append('\n');
				case 't' -> out.append('\t');
				case 'r' -> out.append('\r');
				case 'b' -> out.append('\b');
				case 'f' -> out.append('\f');
				case 'u' -> {
					out.append((char) Integer.parseInt(this.text.substring(this.at, this.at + UNICODE_ESCAPE_LENGTH),
							HEX));
					this.at += UNICODE_ESCAPE_LENGTH;
				}
				default -> out.append(escaped);
			}
		}
		return out.toString();
	}

	private String number() {
		int start = this.at;
		while (this.at < this.text.length() && "+-0123456789.eE".indexOf(this.text.charAt(this.at)) >= 0) {
			this.at++;
		}
		if (start == this.at) {
			throw error("a value");
		}
		return this.text.substring(start, this.at);
	}

	private Object literal(String word, Object value) {
		if (!this.text.startsWith(word, this.at)) {
			throw error(word);
		}
		this.at += word.length();
		return value;
	}

	private void skipSpace() {
		while (this.at < this.text.length() && Character.isWhitespace(this.text.charAt(this.at))) {
			this.at++;
		}
	}

	private char peek() {
		if (this.at >= this.text.length()) {
			throw error("more input");
		}
		return this.text.charAt(this.at);
	}

	private char next() {
		char c = peek();
		this.at++;
		return c;
	}

	private void expect(char c) {
		if (next() != c) {
			throw error("'" + c + "'");
		}
	}

	private IllegalArgumentException error(String expected) {
		return new IllegalArgumentException("Expected " + expected + " at offset " + this.at);
	}

}
