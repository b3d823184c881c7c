package org.marsad.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayNameTests {

	@Test
	void keepsArabicNames() {
		assertThat(DisplayName.of("شهادة أم أحمد – الباغوز.ogg")).isEqualTo("شهادة أم أحمد – الباغوز.ogg");
	}

	@Test
	void keepsOnlyTheLastPathSegment() {
		assertThat(DisplayName.of("../../etc/passwd")).isEqualTo("passwd");
	}

	@Test
	void keepsOnlyTheLastWindowsPathSegment() {
		assertThat(DisplayName.of("C:\\Users\\راصد\\صورة.jpg")).isEqualTo("صورة.jpg");
	}

	@Test
	void replacesDoubleDots() {
		assertThat(DisplayName.of("a..b.txt")).isEqualTo("a_b.txt");
	}

	@Test
	void dropsControlCharacters() {
		assertThat(DisplayName.of("تقرير\u0000\r\n\u0007\u009b.txt")).isEqualTo("تقرير.txt");
	}

	@Test
	void dropsBidiOverrides() {
		assertThat(DisplayName.of("صورة\u202Egnp.exe")).isEqualTo("صورةgnp.exe");
	}

	@Test
	void dropsIsolatesAndMarks() {
		assertThat(DisplayName.of("\u2067ملف\u2069\u200F\u061C.pdf")).isEqualTo("ملف.pdf");
	}

	@Test
	void trimsDotsAndSpaces() {
		assertThat(DisplayName.of("  .hidden. ")).isEqualTo("hidden");
	}

	@Test
	void limitsTheLengthKeepingTheExtension() {
		String name = DisplayName.of("ت".repeat(500) + ".mp3");
		assertThat(name).hasSize(DisplayName.MAX_LENGTH).endsWith(".mp3");
	}

	@Test
	void fallsBackWhenNothingIsLeft() {
		assertThat(DisplayName.of("../..")).isEqualTo(DisplayName.FALLBACK);
	}

	@Test
	void fallsBackForMissingNames() {
		assertThat(DisplayName.of(null)).isEqualTo(DisplayName.FALLBACK);
	}

	@Test
	void keepsTheOriginalForTheRecordWithoutNul() {
		assertThat(DisplayName.original("../تقرير\u0000.txt")).isEqualTo("../تقرير\uFFFD.txt");
	}

}
