package org.marsad.intake.internal;

import java.util.Arrays;

/**
 * Tells the media type of a file from its first bytes, never from the name or the type
 * the sender declared (both are easy to forge). Signatures from the WHATWG MIME Sniffing
 * standard (sections 6.1 and 6.2) and the format specifications.
 * <ul>
 * <li>JPEG {@code FF D8 FF}; PNG {@code 89 'PNG' 0D 0A 1A 0A}; GIF {@code GIF87a} or
 * {@code GIF89a}; WebP {@code RIFF....WEBP}</li>
 * <li>PDF {@code %PDF-}</li>
 * <li>MP3 {@code ID3} or an MPEG audio frame sync (11 set bits); OGG {@code OggS}; WAV
 * {@code RIFF....WAVE}</li>
 * <li>MP4 family: {@code ftyp} at offset 4; brand {@code M4A } or {@code M4B } is audio,
 * others video</li>
 * <li>plain text: valid UTF-8 without control characters other than tab, line feed, form
 * feed and carriage return</li>
 * <li>anything else: {@code application/octet-stream}</li>
 * </ul>
 */
final class ContentSniffer {

	/** How many leading bytes are enough to tell every type above. */
	static final int HEAD_LENGTH = 512;

	static final String OCTET_STREAM = "application/octet-stream";

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private static final int BYTE_MASK = 0xFF;

	private static final int FRAME_SYNC_FIRST = 0xFF;

	private static final int FRAME_SYNC_SECOND_MASK = 0xE0;

	private static final int TAB = 0x09;

	private static final int LINE_FEED = 0x0A;

	private static final int FORM_FEED = 0x0C;

	private static final int CARRIAGE_RETURN = 0x0D;

	private static final int SPACE = 0x20;

	private static final int DELETE = 0x7F;

	private ContentSniffer() {
	}

	/**
	 * The media type of content starting with these bytes.
	 * @param head the first bytes of the file
	 * @param length how many of them are filled
	 * @return the media type
	 */
	static String mediaType(byte[] head, int length) {
		if (starts(head, length, 0, 0xFF, 0xD8, 0xFF)) {
			return "image/jpeg";
		}
		if (length >= PNG.length && Arrays.equals(head, 0, PNG.length, PNG, 0, PNG.length)) {
			return "image/png";
		}
		if (ascii(head, length, 0, "GIF87a") || ascii(head, length, 0, "GIF89a")) {
			return "image/gif";
		}
		if (ascii(head, length, 0, "RIFF") && ascii(head, length, 8, "WEBP")) {
			return "image/webp";
		}
		if (ascii(head, length, 0, "RIFF") && ascii(head, length, 8, "WAVE")) {
			return "audio/wav";
		}
		if (ascii(head, length, 0, "%PDF-")) {
			return "application/pdf";
		}
		if (ascii(head, length, 0, "OggS")) {
			return "audio/ogg";
		}
		if (ascii(head, length, 0, "ID3") || frameSync(head, length)) {
			return "audio/mpeg";
		}
		if (ascii(head, length, 4, "ftyp")) {
			return (ascii(head, length, 8, "M4A ") || ascii(head, length, 8, "M4B ")) ? "audio/mp4" : "video/mp4";
		}
		if (plainText(head, length)) {
			return "text/plain";
		}
		return OCTET_STREAM;
	}

	private static boolean frameSync(byte[] head, int length) {
		return length >= 2 && (head[0] & BYTE_MASK) == FRAME_SYNC_FIRST
				&& (head[1] & FRAME_SYNC_SECOND_MASK) == FRAME_SYNC_SECOND_MASK;
	}

	private static boolean starts(byte[] head, int length, int offset, int... expected) {
		if (length < offset + expected.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if ((head[offset + i] & BYTE_MASK) != expected[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean ascii(byte[] head, int length, int offset, String expected) {
		if (length < offset + expected.length()) {
			return false;
		}
		for (int i = 0; i < expected.length(); i++) {
			if (head[offset + i] != (byte) expected.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether the bytes are UTF-8 text; a sequence cut off by the end of the head counts
	 * as text.
	 */
	private static boolean plainText(byte[] head, int length) {
		int i = 0;
		while (i < length) {
			int b = head[i] & BYTE_MASK;
			if (b < SPACE && b != TAB && b != LINE_FEED && b != FORM_FEED && b != CARRIAGE_RETURN || b == DELETE) {
				return false;
			}
			int continuation = continuationBytes(b);
			if (continuation < 0) {
				return false;
			}
			for (int k = 1; k <= continuation; k++) {
				if (i + k >= length) {
					return true;
				}
				if ((head[i + k] & 0xC0) != 0x80) {
					return false;
				}
			}
			i += continuation + 1;
		}
		return length > 0;
	}

	private static int continuationBytes(int lead) {
		if (lead < 0x80) {
			return 0;
		}
		if (lead >= 0xC2 && lead <= 0xDF) {
			return 1;
		}
		if (lead >= 0xE0 && lead <= 0xEF) {
			return 2;
		}
		if (lead >= 0xF0 && lead <= 0xF4) {
			return 3;
		}
		return -1;
	}

}
