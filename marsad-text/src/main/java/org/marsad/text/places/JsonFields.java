package org.marsad.text.places;

import java.util.List;
import java.util.Map;

/**
 * Typed reads of the maps and lists that {@link org.marsad.text.json.JsonReader} returns,
 * for the importers. A missing member or one of another type reads as absent.
 */
final class JsonFields {

	private JsonFields() {
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> object(Object map, String name) {
		Object value = (map instanceof Map<?, ?> m) ? m.get(name) : null;
		return (value instanceof Map<?, ?>) ? (Map<String, Object>) value : Map.of();
	}

	@SuppressWarnings("unchecked")
	static List<Object> list(Object value) {
		return (value instanceof List<?>) ? (List<Object>) value : List.of();
	}

	static List<Object> list(Object map, String name) {
		return list((map instanceof Map<?, ?> m) ? m.get(name) : null);
	}

	static String text(Object map, String name) {
		Object value = (map instanceof Map<?, ?> m) ? m.get(name) : null;
		if (value instanceof String s) {
			return s.strip();
		}
		return (value != null) ? value.toString() : null;
	}

	static Double number(Object map, String name) {
		Object value = (map instanceof Map<?, ?> m) ? m.get(name) : null;
		if (value instanceof Number n) {
			return n.doubleValue();
		}
		if (value instanceof String s && !s.isBlank()) {
			try {
				return Double.valueOf(s.strip());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

}
