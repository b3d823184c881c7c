package org.marsad.intake.internal;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentSnifferTests {

	static String sniff(byte[] head) {
		return ContentSniffer.mediaType(head, head.length);
	}

	static byte[] bytes(int... values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}

	static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

	@Test
	void readsJpeg() {
		assertThat(sniff(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10))).isEqualTo("image/jpeg");
	}

	@Test
	void readsPng() {
		assertThat(sniff(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0))).isEqualTo("image/png");
	}

	@Test
	void readsGif() {
		assertThat(sniff(ascii("GIF89a\u0001\u0000"))).isEqualTo("image/gif");
	}

	@Test
	void readsWebp() {
		assertThat(sniff(ascii("RIFF\u0000\u0000\u0000\u0000WEBPVP8 "))).isEqualTo("image/webp");
	}

	@Test
	void readsWav() {
		assertThat(sniff(ascii("RIFF\u0000\u0000\u0000\u0000WAVEfmt "))).isEqualTo("audio/wav");
	}

	@Test
	void readsPdf() {
		assertThat(sniff(ascii("%PDF-1.7\n"))).isEqualTo("application/pdf");
	}

	@Test
	void readsMp3WithId3Tag() {
		assertThat(sniff(ascii("ID3\u0004\u0000"))).isEqualTo("audio/mpeg");
	}

	@Test
	void readsMp3FrameSync() {
		assertThat(sniff(bytes(0xFF, 0xFB, 0x90, 0x64))).isEqualTo("audio/mpeg");
	}

	@Test
	void readsOgg() {
		assertThat(sniff(ascii("OggS\u0000\u0002"))).isEqualTo("audio/ogg");
	}

	@Test
	void readsM4aAsAudio() {
		assertThat(sniff(ascii("\u0000\u0000\u0000\u0020ftypM4A \u0000"))).isEqualTo("audio/mp4");
	}

	@Test
	void readsOtherMp4AsVideo() {
		assertThat(sniff(ascii("\u0000\u0000\u0000\u0020ftypisom\u0000"))).isEqualTo("video/mp4");
	}

	@Test
	void readsArabicUtf8AsText() {
		assertThat(sniff("شهادة من مخيم الهول\r\n٣٬٥٠٠ شخص\t".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("text/plain");
	}

	@Test
	void readsTextCutInsideALetterAsText() {
		byte[] arabic = "هجين".getBytes(StandardCharsets.UTF_8);
		assertThat(ContentSniffer.mediaType(arabic, arabic.length - 1)).isEqualTo("text/plain");
	}

	@Test
	void treatsControlBytesAsBinary() {
		assertThat(sniff(bytes('M', 'Z', 0x90, 0x00, 0x03))).isEqualTo("application/octet-stream");
	}

	@Test
	void treatsWindows1256ArabicAsBinary() {
		assertThat(sniff(bytes(0xC7, 0xE1, 0xD1, 0xC7, 0xD5, 0xCF))).isEqualTo("application/octet-stream");
	}

	@Test
	void treatsHtmlAsTextNotAsHtml() {
		assertThat(sniff(ascii("<html><script>alert(1)</script>"))).isEqualTo("text/plain");
	}

	@Test
	void treatsNothingAsBinary() {
		assertThat(sniff(new byte[0])).isEqualTo("application/octet-stream");
	}

}
