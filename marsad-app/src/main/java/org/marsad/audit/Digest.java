package org.marsad.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SHA-256 of a record's canonical content, in lower-case hex.
 * <p>
 * The canonical content is JSON with object keys sorted, no white space, strings escaped
 * as RFC 8785 does, numbers, booleans and dates written by their {@code toString()}. The
 * same content always gives the same digest, whatever the order the fields were put in.
 * Put in what identifies the record's state; put a protected value in only in its sealed
 * form, never in clear.
 *
 * @param hex the digest
 */
public record Digest(String hex) {

	/**
	 * Checks the form.
	 * @param hex 64 lower-case hex digits
	 */
	public Digest {
		if (hex == null || !hex.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("a digest is 64 lower-case hex digits");
		}
	}

	/**
	 * The digest of a record's content.
	 * @param content field names and values: strings, numbers, booleans, dates and
	 * instants, UUIDs, enums, nested maps and lists, or {@code null}
	 * @return the digest
	 */
	public static Digest of(Map<String, ?> content) {
		StringBuilder canonical = new StringBuilder();
		write(content, canonical);
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			return new Digest(
					HexFormat.of().formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8))));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

	private static void write(Object value, StringBuilder out) {
		if (value == null) {
			out.append("null");
		}
		else if (value instanceof Map<?, ?> map) {
			out.append('{');
			boolean first = true;
			for (Map.Entry<String, Object> entry : sorted(map).entrySet()) {
				out.append(first ? "" : ",");
				string(entry.getKey(), out);
				out.append(':');
				write(entry.getValue(), out);
				first = false;
			}
			out.append('}');
		}
		else if (value instanceof Collection<?> list) {
			out.append('[');
			boolean first = true;
			for (Object item : list) {
				out.append(first ? "" : ",");
				write(item, out);
				first = false;
			}
			out.append(']');
		}
		else if (value instanceof Number || value instanceof Boolean) {
			out.append(value);
		}
		else if (value instanceof Enum<?> constant) {
			string(constant.name(), out);
		}
		else if (value instanceof TemporalAccessor) {
			string(value.toString(), out);
		}
		else {
			string(value.toString(), out);
		}
	}

	private static Map<String, Object> sorted(Map<?, ?> map) {
		Map<String, Object> sorted = new TreeMap<>();
		map.forEach((key, value) -> sorted.put(String.valueOf(key), value));
		return sorted;
	}

	private static void string(String value, StringBuilder out) {
		out.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\b' -> out.append("\\b");
				case '\f' -> out.append("\\f");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}

}
