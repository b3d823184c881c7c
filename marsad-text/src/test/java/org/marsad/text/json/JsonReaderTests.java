package org.marsad.text.json;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonReaderTests {

	@Test
	void readsNestedObjectsAndArraysInOrder() {
		Object value = JsonReader.parse("{\"b\": [1, {\"c\": null}], \"a\": true}");
		assertThat(value).isEqualTo(Map.of("b", List.of(1L, java.util.Collections.singletonMap("c", null)), "a", true));
		assertThat(List.copyOf(((Map<?, ?>) value).keySet())).isEqualTo(List.of("b", "a"));
	}

	@Test
	void decodesEscapes() {
		assertThat(JsonReader.parse("\"a\\\"b\\\\c\\/d\\n\\t\\r\\b\\f\"")).isEqualTo("a\"b\\c/d\n\t\r\b\f");
	}

	@Test
	void decodesUnicodeEscapesOfArabicLetters() {
		assertThat(JsonReader.parse("\"\\u0627\\u0644\\u0647\\u0648\\u0644\"")).isEqualTo("الهول");
	}

	@Test
	void keepsSurrogatePairsFromEscapes() {
		assertThat(JsonReader.parse("\"\\ud83d\\ude00\"")).isEqualTo("\uD83D\uDE00");
	}

	@Test
	void readsArabicTextAsIs() {
		assertThat(JsonReader.parse("{\"ar\": \"دير الزور\"}")).isEqualTo(Map.of("ar", "دير الزور"));
	}

	@Test
	void readsIntegersAsLongAndOthersAsDouble() {
		assertThat(JsonReader.parse("[0, -12, 34.5, 1e3, -2.5E-2, 12345678901234567890]"))
			.isEqualTo(List.of(0L, -12L, 34.5, 1000.0, -0.025, 1.2345678901234567E19));
	}

	@Test
	void readsEmptyContainers() {
		assertThat(JsonReader.parse(" { \"a\" : [ ] , \"b\" : { } } "))
			.isEqualTo(Map.of("a", List.of(), "b", Map.of()));
	}

	@Test
	void rejectsTrailingText() {
		assertThatThrownBy(() -> JsonReader.parse("[1] x")).isInstanceOf(JsonException.class).hasMessageContaining("4");
	}

	@Test
	void rejectsUnterminatedString() {
		assertThatThrownBy(() -> JsonReader.parse("\"abc")).isInstanceOf(JsonException.class);
	}

	@Test
	void rejectsLeadingZeros() {
		assertThatThrownBy(() -> JsonReader.parse("012")).isInstanceOf(JsonException.class);
	}

	@Test
	void rejectsMissingComma() {
		assertThatThrownBy(() -> JsonReader.parse("[1 2]")).isInstanceOf(JsonException.class);
	}

	@Test
	void rejectsBadEscape() {
		assertThatThrownBy(() -> JsonReader.parse("\"\\x\"")).isInstanceOf(JsonException.class);
	}

	@Test
	void rejectsRawControlCharacters() {
		assertThatThrownBy(() -> JsonReader.parse("\"a\nb\"")).isInstanceOf(JsonException.class);
	}

	@Test
	void rejectsNestingDeeperThanItsLimit() {
		String deep = "[".repeat(600) + "]".repeat(600);
		assertThatThrownBy(() -> JsonReader.parse(deep)).isInstanceOf(JsonException.class)
			.hasMessageContaining("nesting");
	}

}
