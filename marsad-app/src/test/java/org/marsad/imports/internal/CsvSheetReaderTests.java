package org.marsad.imports.internal;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CsvSheetReaderTests {

	@TempDir
	Path folder;

	@Test
	void readsUtf8WithQuotedCellsHoldingCommasAndLineBreaks() throws IOException {
		List<List<String>> rows = read(write("النوع,الوصف\ndisplacement,\"خروج، ثم نقل\nإلى الهول\"\n"), null);
		assertThat(rows).containsExactly(List.of("النوع", "الوصف"), List.of("displacement", "خروج، ثم نقل\nإلى الهول"));
	}

	@Test
	void findsTheSemicolonThatArabicLocalesWrite() throws IOException {
		List<List<String>> rows = read(write("التاريخ;العدد\n2019-01-31;36,250\n"), null);
		assertThat(rows.get(1)).containsExactly("2019-01-31", "36,250");
	}

	@Test
	void readsUtf16WithItsByteOrderMark() throws IOException {
		byte[] text = "\uFEFFالتاريخ\tالعدد\n2019-01-31\t٣٣٧٠\n".getBytes(StandardCharsets.UTF_16LE);
		List<List<String>> rows = read(Files.write(this.folder.resolve("utf16.csv"), text), null);
		assertThat(rows.get(0)).containsExactly("التاريخ", "العدد");
		assertThat(rows.get(1)).containsExactly("2019-01-31", "٣٣٧٠");
	}

	@Test
	void dropsTheUtf8ByteOrderMarkFromTheFirstColumn() throws IOException {
		List<List<String>> rows = read(write("\uFEFFtype,date\n"), null);
		assertThat(rows.get(0).get(0)).isEqualTo("type");
	}

	@Test
	void readsWindows1256WhenTheSenderNamesIt() throws IOException {
		Charset arabic = Charset.forName("windows-1256");
		Path file = Files.write(this.folder.resolve("1256.csv"), "المكان\nهجين\n".getBytes(arabic));
		assertThat(read(file, arabic).get(1)).containsExactly("هجين");
	}

	@Test
	void refusesBytesThatAreNotUtf8WithTheirRow() throws IOException {
		Charset arabic = Charset.forName("windows-1256");
		byte[] header = "place\n".getBytes(StandardCharsets.US_ASCII);
		byte[] row = "هجين\n".getBytes(arabic);
		Path file = this.folder.resolve("wrong.csv");
		Files.write(file, concat(header, header, row));
		assertThatExceptionOfType(SheetUnreadable.class).isThrownBy(() -> read(file, null)).satisfies((ex) -> {
			assertThat(ex.code()).isEqualTo("import.error.encoding");
			assertThat(ex.row()).isEqualTo(3);
		});
	}

	@Test
	void refusesAQuoteLeftOpen() throws IOException {
		Path file = write("type,description\ndisplacement,\"خروج\n");
		assertThatExceptionOfType(SheetUnreadable.class).isThrownBy(() -> read(file, null))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("import.error.malformed"));
	}

	@Test
	void countsEmptyLinesAsRowsAsASpreadsheetDoes() throws IOException {
		List<Integer> numbers = new ArrayList<>();
		new CsvSheetReader(null).read(write("type\n\ndisplacement\n"), (n, cells) -> numbers.add(n));
		assertThat(numbers).containsExactly(1, 2, 3);
	}

	private Path write(String text) throws IOException {
		return Files.writeString(this.folder.resolve("sheet.csv"), text, StandardCharsets.UTF_8);
	}

	private static List<List<String>> read(Path file, Charset charset) {
		List<List<String>> rows = new ArrayList<>();
		new CsvSheetReader(charset).read(file, (n, cells) -> rows.add(cells));
		return rows;
	}

	private static byte[] concat(byte[]... parts) {
		int length = 0;
		for (byte[] part : parts) {
			length += part.length;
		}
		byte[] all = new byte[length];
		int at = 0;
		for (byte[] part : parts) {
			System.arraycopy(part, 0, all, at, part.length);
			at += part.length;
		}
		return all;
	}

}
