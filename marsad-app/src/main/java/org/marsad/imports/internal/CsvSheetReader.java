package org.marsad.imports.internal;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads delimited text as spreadsheets export it.
 * <ul>
 * <li>Encoding: a byte order mark decides (UTF-8, UTF-16 LE or BE); without one, the
 * encoding the sender named, else UTF-8. Decoding is strict: a byte sequence that is not
 * valid in the encoding stops the reading with the row it is in, never a silent
 * U+FFFD.</li>
 * <li>Delimiter: the one of {@code ,} {@code ;} and tab found most often outside quotes
 * in the header row (spreadsheets in Arabic locales write {@code ;}).</li>
 * <li>Quotes as in RFC 4180; a quote left open stops the reading with its row.</li>
 * <li>Rows are counted as a spreadsheet counts them: an empty line is a row.</li>
 * </ul>
 */
final class CsvSheetReader implements SheetReader {

	private static final char COMMA = ',';

	private static final char SEMICOLON = ';';

	private static final char TAB = '\t';

	private static final char QUOTE = '"';

	private static final int HEADER_SCAN = 64 * 1024;

	private static final String UNDECODABLE = "\uFFFF";

	private final Charset named;

	/**
	 * @param named the encoding the sender named, or {@code null}
	 */
	CsvSheetReader(Charset named) {
		this.named = named;
	}

	/**
	 * The encoding a file is read with.
	 * @param file the file
	 * @return the encoding
	 */
	Charset encoding(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(3);
			return encoding(head).charset();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void read(Path file, RowVisitor visitor) {
		int[] row = { 0 };
		try {
			parse(file, CodingErrorAction.REPORT, (number, cells) -> {
				row[0] = number;
				return visitor.row(number, cells);
			});
		}
		catch (IOException | UncheckedIOException ex) {
			if (isCoding(ex)) {
				throw new SheetUnreadable("import.error.encoding", rowOfUndecodable(file), ex);
			}
			throw new SheetUnreadable("import.error.malformed", row[0] + 1, ex);
		}
	}

	private void parse(Path file, CodingErrorAction onError, RowVisitor visitor) throws IOException {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			in.mark(3);
			Bom bom = encoding(in.readNBytes(3));
			in.reset();
			in.skipNBytes(bom.length());
			CharsetDecoder decoder = bom.charset()
				.newDecoder()
				.onMalformedInput(onError)
				.onUnmappableCharacter(onError)
				.replaceWith(UNDECODABLE);
			Reader reader = new BufferedReader(new InputStreamReader(in, decoder), HEADER_SCAN);
			reader.mark(HEADER_SCAN);
			char delimiter = delimiter(reader);
			reader.reset();
			CSVFormat format = CSVFormat.RFC4180.builder()
				.setDelimiter(delimiter)
				.setIgnoreEmptyLines(false)
				.setTrim(false)
				.get();
			int number = 0;
			try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
				for (CSVRecord record : parser) {
					List<String> cells = new ArrayList<>(record.size());
					record.forEach(cells::add);
					if (!visitor.row(++number, cells)) {
						return;
					}
				}
			}
		}
	}

	/**
	 * The row holding the first bytes that the encoding cannot decode. Decoders work on
	 * blocks of bytes, so the failing read says nothing of the row; a second pass
	 * replaces what cannot be decoded with a noncharacter (U+FFFF, never in text) and
	 * finds it.
	 */
	private int rowOfUndecodable(Path file) {
		int[] found = { 0 };
		try {
			parse(file, CodingErrorAction.REPLACE, (number, cells) -> {
				for (String cell : cells) {
					if (cell.indexOf(UNDECODABLE.charAt(0)) >= 0) {
						found[0] = number;
						return false;
					}
				}
				return true;
			});
		}
		catch (IOException | UncheckedIOException ex) {
			return found[0];
		}
		return found[0];
	}

	private static boolean isCoding(Exception ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof CharacterCodingException) {
				return true;
			}
		}
		return false;
	}

	private Bom encoding(byte[] head) {
		if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
			return new Bom(StandardCharsets.UTF_8, 3);
		}
		if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
			return new Bom(StandardCharsets.UTF_16LE, 2);
		}
		if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
			return new Bom(StandardCharsets.UTF_16BE, 2);
		}
		return new Bom((this.named != null) ? this.named : StandardCharsets.UTF_8, 0);
	}

	/**
	 * The delimiter found most often outside quotes in the first row; a comma by default.
	 */
	private static char delimiter(Reader reader) throws IOException {
		int commas = 0;
		int semicolons = 0;
		int tabs = 0;
		boolean quoted = false;
		for (int i = 0; i < HEADER_SCAN - 1; i++) {
			int c = reader.read();
			if (c < 0 || (!quoted && (c == '\n' || c == '\r'))) {
				break;
			}
			if (c == QUOTE) {
				quoted = !quoted;
			}
			else if (!quoted) {
				commas += (c == COMMA) ? 1 : 0;
				semicolons += (c == SEMICOLON) ? 1 : 0;
				tabs += (c == TAB) ? 1 : 0;
			}
		}
		if (semicolons > commas && semicolons >= tabs) {
			return SEMICOLON;
		}
		return (tabs > commas) ? TAB : COMMA;
	}

	private record Bom(Charset charset, int length) {
	}

}
