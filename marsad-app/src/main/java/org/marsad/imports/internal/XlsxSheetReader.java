package org.marsad.imports.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads the first sheet of an Office Open XML workbook, streaming its rows.
 * <ul>
 * <li>Cells become text as a person sees them: numbers without exponent or trailing
 * zeros, cells formatted as dates as ISO dates ({@code 2019-01-31}), booleans as
 * {@code true}/{@code false}, formulas as their cached result.</li>
 * <li>Rows keep their numbers: a row missing from the file is skipped, not
 * renumbered.</li>
 * <li>Before anything is parsed, the container is checked against ZIP bombs: at most
 * {@value #MAX_ENTRIES} entries and {@value #MAX_EXPANDED} bytes once expanded.</li>
 * </ul>
 */
final class XlsxSheetReader implements SheetReader {

	static final int MAX_ENTRIES = 10_000;

	static final long MAX_EXPANDED = 1L << 30;

	private static final int FIRST_BUILT_IN_DATE = 14;

	private static final int LAST_BUILT_IN_DATE = 17;

	private static final int BUILT_IN_DATE_TIME = 22;

	private static final ReadingOptions WITH_FORMATS = new ReadingOptions(true, false);

	@Override
	public void read(Path file, RowVisitor visitor) {
		checkContainer(file);
		int[] last = { 0 };
		try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), WITH_FORMATS)) {
			Sheet sheet = workbook.getFirstSheet();
			try (Stream<Row> rows = sheet.openStream()) {
				Iterator<Row> iterator = rows.iterator();
				while (iterator.hasNext()) {
					Row row = iterator.next();
					last[0] = row.getRowNum();
					if (!visitor.row(row.getRowNum(), cells(row))) {
						return;
					}
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException | ExcelReaderException ex) {
			throw new SheetUnreadable("import.error.workbook", last[0] + 1, ex);
		}
	}

	private static void checkContainer(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			long expanded = 0;
			int entries = 0;
			Enumeration<? extends ZipEntry> all = zip.entries();
			while (all.hasMoreElements()) {
				ZipEntry entry = all.nextElement();
				entries++;
				expanded += Math.max(0, entry.getSize());
				if (entries > MAX_ENTRIES || expanded > MAX_EXPANDED || entry.getSize() < 0) {
					throw new SheetUnreadable("import.error.workbookTooLarge", 0);
				}
			}
		}
		catch (ZipException ex) {
			throw new SheetUnreadable("import.error.workbook", 0, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> cells(Row row) {
		List<String> cells = new ArrayList<>(row.getCellCount());
		for (int i = 0; i < row.getCellCount(); i++) {
			cells.add(text(row.getCell(i)));
		}
		return cells;
	}

	private static String text(Cell cell) {
		if (cell == null || cell.getType() == CellType.EMPTY) {
			return "";
		}
		if (cell.getType() == CellType.NUMBER || (cell.getType() == CellType.FORMULA && isNumber(cell))) {
			if (isDateFormat(cell.getDataFormatString()) || isBuiltInDate(cell.getDataFormatId())) {
				return cell.asDate().toLocalDate().toString();
			}
			BigDecimal number = cell.asNumber();
			return number.stripTrailingZeros().toPlainString();
		}
		if (cell.getType() == CellType.BOOLEAN) {
			return String.valueOf(cell.asBoolean());
		}
		String raw = cell.getText();
		return (raw != null) ? raw : "";
	}

	private static boolean isNumber(Cell cell) {
		try {
			cell.asNumber();
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/**
	 * Whether a number format shows a date: it has a day, month or year code outside
	 * quoted text and brackets (ECMA-376 part 1, 18.8.31), such as {@code dd/mm/yyyy} or
	 * {@code [$-1010000]d/m/yyyy}.
	 */
	static boolean isDateFormat(String format) {
		if (format == null) {
			return false;
		}
		boolean quoted = false;
		boolean bracket = false;
		String lower = format.toLowerCase(Locale.ROOT);
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && c == '[') {
				bracket = true;
			}
			else if (!quoted && c == ']') {
				bracket = false;
			}
			else if (!quoted && !bracket && (c == 'd' || c == 'y' || c == 'm') && !isTimeOnly(lower)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a built-in number format is a date (ECMA-376 part 1, 18.8.30: ids 14 to 17
	 * and 22 show days, months or years).
	 */
	static boolean isBuiltInDate(Integer id) {
		return id != null && ((id >= FIRST_BUILT_IN_DATE && id <= LAST_BUILT_IN_DATE) || id == BUILT_IN_DATE_TIME);
	}

	private static boolean isTimeOnly(String format) {
		return format.indexOf('d') < 0 && format.indexOf('y') < 0 && format.contains("h");
	}

}
