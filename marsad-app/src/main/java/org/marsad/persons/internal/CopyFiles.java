package org.marsad.persons.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a copy of a document may be: an image or a PDF, recognised by its first bytes
 * (never by the name or the type the browser claims), of at most {@value #MAX_SIZE}
 * bytes; and a file name fit to show: no path, no control or bidirectional-override
 * characters, at most {@value #MAX_NAME} characters.
 */
final class CopyFiles {

	static final int MAX_SIZE = 10 * 1024 * 1024;

	static final int MAX_NAME = 120;

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };

	private static final byte[] GIF = { 'G', 'I', 'F', '8' };

	private static final byte[] TIFF_LE = { 'I', 'I', 0x2A, 0 };

	private static final byte[] TIFF_BE = { 'M', 'M', 0, 0x2A };

	private CopyFiles() {
	}

	/**
	 * The media type of the content.
	 * @return the type, or {@code null} when it is none of those accepted
	 */
	static String mediaType(byte[] content) {
		if (startsWith(content, JPEG)) {
			return "image/jpeg";
		}
		if (startsWith(content, PNG)) {
			return "image/png";
		}
		if (startsWith(content, PDF)) {
			return "application/pdf";
		}
		if (startsWith(content, GIF)) {
			return "image/gif";
		}
		if (startsWith(content, TIFF_LE) || startsWith(content, TIFF_BE)) {
			return "image/tiff";
		}
		if (content.length > 12 && content[0] == 'R' && content[1] == 'I' && content[8] == 'W' && content[9] == 'E'
				&& content[10] == 'B' && content[11] == 'P') {
			return "image/webp";
		}
		return null;
	}

	/** A name fit to show: the last path segment, without control characters. */
	static String displayName(String name) {
		if (name == null || name.isBlank()) {
			return "copy";
		}
		String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		StringBuilder kept = new StringBuilder();
		last.codePoints()
			.filter((c) -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
			.limit(MAX_NAME)
			.forEach(kept::appendCodePoint);
		String shown = kept.toString().strip();
		return (shown.isEmpty() || shown.equals(".") || shown.equals("..")) ? "copy" : shown;
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
