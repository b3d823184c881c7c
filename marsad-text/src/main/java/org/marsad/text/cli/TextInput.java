package org.marsad.text.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the texts to extract from, refusing what is not text.
 *
 * <ul>
 * <li>input must be UTF-8; an invalid byte sequence is refused, not replaced</li>
 * <li>a NUL byte marks a binary file and is refused</li>
 * <li>nothing else is changed: offsets in the output index the text exactly as read</li>
 * <li>lines end at LF; a CR before it belongs to the line ending; a last line without LF
 * still counts</li>
 * </ul>
 */
final class TextInput {

	private TextInput() {
	}

	/**
	 * Reads a whole stream as text.
	 * @param in the stream
	 * @param name the name to report problems with
	 * @return the text
	 * @throws IOException when the stream cannot be read
	 * @throws NotTextException when the content is not UTF-8 text
	 */
	static String read(InputStream in, String name) throws IOException {
		byte[] bytes = in.readAllBytes();
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				throw new NotTextException(name + ": not a text file (NUL byte at offset " + i + ")");
			}
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			return decoder.decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException ex) {
			throw new NotTextException(name + ": not UTF-8 text (invalid byte sequence)");
		}
	}

	/**
	 * Splits a text into lines.
	 * @param text the text
	 * @return its lines, without line endings
	 */
	static List<String> lines(String text) {
		List<String> lines = new ArrayList<>();
		int start = 0;
		while (start < text.length()) {
			int newline = text.indexOf('\n', start);
			int end = (newline < 0) ? text.length() : newline;
			int contentEnd = (end > start && text.charAt(end - 1) == '\r') ? end - 1 : end;
			lines.add(text.substring(start, contentEnd));
			start = end + 1;
		}
		return lines;
	}

	/**
	 * Content that is not text.
	 */
	static final class NotTextException extends IOException {

		private static final long serialVersionUID = 1L;

		NotTextException(String message) {
			super(message);
		}

	}

}
