package org.marsad.text.places;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvRecordsTests {

	@Test
	void splitsOnCommasAndLineBreaks() {
		assertThat(CsvRecords.parse("a,b\r\nc,d\n")).isEqualTo(List.of(List.of("a", "b"), List.of("c", "d")));
	}

	@Test
	void keepsCommasQuotesAndLineBreaksInQuotedFields() {
		assertThat(CsvRecords.parse("\"دير الزور, البوكمال\",\"say \"\"hi\"\"\",\"a\nb\""))
			.isEqualTo(List.of(List.of("دير الزور, البوكمال", "say \"hi\"", "a\nb")));
	}

	@Test
	void keepsEmptyFields() {
		assertThat(CsvRecords.parse("a,,c")).isEqualTo(List.of(List.of("a", "", "c")));
	}

	@Test
	void skipsBlankLines() {
		assertThat(CsvRecords.parse("a\n\nb\n")).isEqualTo(List.of(List.of("a"), List.of("b")));
	}

}
