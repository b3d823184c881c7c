package org.marsad.text.json;

import java.math.BigDecimal;

/**
 * A small streaming JSON writer (RFC 8259) into a {@link StringBuilder}, enough for the
 * extraction output without a JSON library in the text engine.
 *
 * <p>
 * Rules:
 * <ul>
 * <li>strings escape the quote, the backslash and every control character below U+0020
 * (as \b \f \n \r \t or \\uXXXX); U+2028, U+2029 and unpaired surrogates are written as
 * \\uXXXX so that the output is valid in any encoding</li>
 * <li>numbers are written as plain decimals without trailing zeros (36000, not 3.6E+4);
 * {@code null} values as null</li>
 * <li>commas between members and elements are inserted by the writer</li>
 * </ul>
 */
public final class JsonWriter {

	private static final char[] HEX = "0123456789abcdef".toCharArray();

	private final StringBuilder out;

	private boolean needsComma;

	/**
	 * Writes into a builder.
	 * @param out where to write
	 */
	public JsonWriter(StringBuilder out) {
		this.out = out;
	}

	/** Opens an object. */
	public JsonWriter beginObject() {
		separate();
		this.out.append('{');
		this.needsComma = false;
		return this;
	}

	/** Closes an object. */
	public JsonWriter endObject() {
		this.out.append('}');
		this.needsComma = true;
		return this;
	}

	/** Opens an array. */
	public JsonWriter beginArray() {
		separate();
		this.out.append('[');
		this.needsComma = false;
		return this;
	}

	/** Closes an array. */
	public JsonWriter endArray() {
		this.out.append(']');
		this.needsComma = true;
		return this;
	}

	/**
	 * Writes a member name; the value follows.
	 * @param name the name
	 * @return this writer
	 */
	public JsonWriter name(String name) {
		separate();
		writeString(name);
		this.out.append(':');
		this.needsComma = false;
		return this;
	}

	/**
	 * Writes a string or null.
	 * @param value the value
	 * @return this writer
	 */
	public JsonWriter value(String value) {
		separate();
		if (value == null) {
			this.out.append("null");
		}
		else {
			writeString(value);
		}
		this.needsComma = true;
		return this;
	}

	/**
	 * Writes a decimal or null.
	 * @param value the value
	 * @return this writer
	 */
	public JsonWriter value(BigDecimal value) {
		separate();
		this.out.append((value != null) ? plain(value) : "null");
		this.needsComma = true;
		return this;
	}

	/**
	 * Writes an integer or null.
	 * @param value the value
	 * @return this writer
	 */
	public JsonWriter value(Integer value) {
		separate();
		this.out.append((value != null) ? value.toString() : "null");
		this.needsComma = true;
		return this;
	}

	/**
	 * Writes a boolean.
	 * @param value the value
	 * @return this writer
	 */
	public JsonWriter value(boolean value) {
		separate();
		this.out.append(value);
		this.needsComma = true;
		return this;
	}

	/**
	 * Writes a floating-point number or null.
	 * @param value the value
	 * @return this writer
	 */
	public JsonWriter value(Double value) {
		if (value == null || value.isNaN() || value.isInfinite()) {
			return value((String) null);
		}
		return value(BigDecimal.valueOf(value));
	}

	private static String plain(BigDecimal value) {
		return (value.signum() == 0) ? "0" : value.stripTrailingZeros().toPlainString();
	}

	private void separate() {
		if (this.needsComma) {
			this.out.append(',');
		}
	}

	private void writeString(String s) {
		this.out.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '"' -> this.out.append("\\\"");
				case '\\' -> this.out.append("\\\\");
				case '\n' -> this.out.append("\\n");
				case '\r' -> this.out.append("\\r");
				case '\t' -> this.out.append("\\t");
				case '\b' -> this.out.append("\\b");
				case '\f' -> this.out.append("\\f");
				default -> writeChar(s, i, c);
			}
		}
		this.out.append('"');
	}

	private void writeChar(String s, int i, char c) {
		boolean unpaired = (Character.isHighSurrogate(c)
				&& (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))))
				|| (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1))));
		if (c < 0x20 || c == '\u2028' || c == '\u2029' || unpaired) {
			this.out.append("\\u")
				.append(HEX[(c >> 12) & 0xF])
				.append(HEX[(c >> 8) & 0xF])
				.append(HEX[(c >> 4) & 0xF])
				.append(HEX[c & 0xF]);
		}
		else {
			this.out.append(c);
		}
	}

}
