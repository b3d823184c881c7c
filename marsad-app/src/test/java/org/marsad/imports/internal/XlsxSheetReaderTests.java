package org.marsad.imports.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class XlsxSheetReaderTests {

	@TempDir
	Path folder;

	@Test
	void readsArabicTextNumbersAndDatesAsAPersonSeesThem() throws IOException {
		Path file = workbook((sheet) -> {
			sheet.value(0, 0, "المكان");
			sheet.value(0, 1, "التاريخ");
			sheet.value(0, 2, "العدد");
			sheet.value(1, 0, "الباغوز");
			sheet.value(1, 1, LocalDate.of(2019, 1, 31));
			sheet.style(1, 1).format("dd/mm/yyyy").set();
			sheet.value(1, 2, 36250);
		});
		List<List<String>> rows = read(file);
		assertThat(rows.get(0)).containsExactly("المكان", "التاريخ", "العدد");
		assertThat(rows.get(1)).containsExactly("الباغوز", "2019-01-31", "36250");
	}

	@Test
	void keepsTheNumbersOfRowsAfterAGap() throws IOException {
		Path file = workbook((sheet) -> {
			sheet.value(0, 0, "type");
			sheet.value(3, 0, "siege");
		});
		List<Integer> numbers = new ArrayList<>();
		new XlsxSheetReader().read(file, (n, cells) -> numbers.add(n));
		assertThat(numbers).containsExactly(1, 4);
	}

	@Test
	void refusesAZipThatIsNoWorkbook() throws IOException {
		Path file = this.folder.resolve("notes.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry("notes.txt"));
			zip.write("ليس جدولاً".getBytes(StandardCharsets.UTF_8));
		}
		assertThatExceptionOfType(SheetUnreadable.class).isThrownBy(() -> read(file))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("import.error.workbook"));
	}

	@Test
	void recognisesDateFormatsButNotNumberFormats() {
		assertThat(XlsxSheetReader.isDateFormat("[$-1010000]d/m/yyyy")).isTrue();
		assertThat(XlsxSheetReader.isDateFormat("#,##0.00")).isFalse();
		assertThat(XlsxSheetReader.isDateFormat("\"days\" 0")).isFalse();
		assertThat(XlsxSheetReader.isDateFormat("hh:mm")).isFalse();
	}

	private Path workbook(Consumer<Worksheet> fill) throws IOException {
		Path file = this.folder.resolve("sheet.xlsx");
		try (OutputStream out = Files.newOutputStream(file)) {
			Workbook workbook = new Workbook(out, "Marsad", "1.0");
			Worksheet sheet = workbook.newWorksheet("الأحداث");
			fill.accept(sheet);
			workbook.finish();
		}
		return file;
	}

	private static List<List<String>> read(Path file) {
		List<List<String>> rows = new ArrayList<>();
		new XlsxSheetReader().read(file, (n, cells) -> rows.add(cells));
		return rows;
	}

}
