package org.marsad.text.json;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonWriterTests {

	private String write(java.util.function.Consumer<JsonWriter> writing) {
		StringBuilder out = new StringBuilder();
		writing.accept(new JsonWriter(out));
		return out.toString();
	}

	@Test
	void escapesQuotesBackslashesAndControlCharacters() {
		assertThat(write((json) -> json.value("«قال \"نعم\"»\\\n\t\u0001")))
			.isEqualTo("\"«قال \\\"نعم\\\"»\\\\\\n\\t\\u0001\"");
	}

	@Test
	void escapesLineSeparatorsAndUnpairedSurrogates() {
		assertThat(write((json) -> json.value("a\u2028b\uD800"))).isEqualTo("\"a\\u2028b\\ud800\"");
	}

	@Test
	void keepsPairedSurrogates() {
		assertThat(write((json) -> json.value("\uD83D\uDE00"))).isEqualTo("\"\uD83D\uDE00\"");
	}

	@Test
	void writesIntegralDecimalsAsPlainIntegers() {
		assertThat(write((json) -> json.value(new BigDecimal("3.6E+4")))).isEqualTo("36000");
	}

	@Test
	void writesFractionsWithoutTrailingZeros() {
		assertThat(write((json) -> json.value(new BigDecimal("2.50")))).isEqualTo("2.5");
	}

	@Test
	void separatesMembersAndElements() {
		String written = write((json) -> json.beginObject()
			.name("a")
			.beginArray()
			.value(1)
			.value((Integer) null)
			.endArray()
			.name("b")
			.value("x")
			.endObject());
		assertThat(written).isEqualTo("{\"a\":[1,null],\"b\":\"x\"}");
	}

}
