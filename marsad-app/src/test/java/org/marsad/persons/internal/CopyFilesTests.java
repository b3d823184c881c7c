package org.marsad.persons.internal;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a copy of a document may be, and its name as shown.
 */
class CopyFilesTests {

	@Test
	void recognisesAPdfByItsFirstBytes() {
		assertThat(CopyFiles.mediaType("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo("application/pdf");
	}

	@Test
	void refusesHtmlCalledPng() {
		assertThat(CopyFiles.mediaType("<html><script>".getBytes(StandardCharsets.US_ASCII))).isNull();
	}

	@Test
	void dropsPathsAndBidirectionalOverrides() {
		assertThat(CopyFiles.displayName("../../etc/هوية\u202Egnp.exe")).isEqualTo("هويةgnp.exe");
	}

}
