package org.marsad.bench.imports;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a seeded, deterministic CSV sheet of events and their figures as monitors keep
 * them in spreadsheets: Arabic headers, Arabic place and actor names (and ids), figures
 * with qualifiers («أكثر من 6000», «نحو ٣٣٧٠»), ASCII and Arabic-Indic digits, ISO and
 * day-first dates. Each event has one to three figure rows sharing its key.
 */
public final class ImportSheetGenerator {

	/** The header of the generated sheets. */
	public static final String HEADER = "رقم الحدث,نوع الحدث,التاريخ,المكان,الطرف الأول,العدد,الوحدة,الفئة,الجنسية";

	private static final String[] TYPES = { "displacement", "transfer", "battles", "explosions_remote_violence",
			"violence_against_civilians", "deployment" };

	private static final String[] PLACES = { "الباغوز", "هجين", "مخيم الباغوز", "الباغوز تحتاني", "sy-baghuz", "C5175",
			"ريف دير الزور الشرقي", "Baghuz" };

	private static final String[] ACTORS = { "قسد", "داعش", "sdf", "isis", "التحالف الدولي", "قوات النظام" };

	private static final String[] FIGURES = { "أكثر من %d", "نحو %d", "%d", "ما لا يقل عن %d", "%,d" };

	private static final String[] UNITS = { "person", "family", "person", "person" };

	private static final String[] CATEGORIES = { "exited", "transferred", "killed", "injured", "arrested", "missing" };

	private static final String[] NATIONALITIES = { "IQ", "SY", "", "RU", "SO" };

	private static final LocalDate FIRST_DAY = LocalDate.of(2018, 12, 1);

	private static final int DAYS = 700;

	private ImportSheetGenerator() {
	}

	/**
	 * Writes a sheet.
	 * @param file where
	 * @param rows how many data rows
	 * @param seed the seed
	 * @return how many events the rows describe
	 * @throws IOException if the file cannot be written
	 */
	public static int write(Path file, int rows, long seed) throws IOException {
		Random random = new Random(seed);
		int events = 0;
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write(HEADER);
			out.write('\n');
			int written = 0;
			while (written < rows) {
				events++;
				List<String> event = event(random, events);
				int figures = Math.min(1 + random.nextInt(3), rows - written);
				for (int i = 0; i < figures; i++) {
					out.write(String.join(",", event));
					out.write(',');
					out.write(figure(random));
					out.write('\n');
					written++;
				}
			}
		}
		return events;
	}

	private static List<String> event(Random random, int number) {
		LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
		String date = random.nextBoolean() ? day.toString() : arabicDigits(
				String.format(Locale.ROOT, "%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear()));
		List<String> cells = new ArrayList<>();
		cells.add("E" + number);
		cells.add(pick(random, TYPES));
		cells.add(date);
		cells.add(pick(random, PLACES));
		cells.add(pick(random, ACTORS));
		return cells;
	}

	private static String figure(Random random) {
		int n = 10 + random.nextInt(40_000);
		String value = String.format(Locale.ROOT, pick(random, FIGURES), n);
		if (random.nextInt(4) == 0) {
			value = arabicDigits(value);
		}
		String quoted = value.contains(",") ? "\"" + value + "\"" : value;
		return String.join(",", quoted, pick(random, UNITS), pick(random, CATEGORIES), pick(random, NATIONALITIES));
	}

	private static String pick(Random random, String[] values) {
		return values[random.nextInt(values.length)];
	}

	private static String arabicDigits(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			out.append((c >= '0' && c <= '9') ? (char) ('\u0660' + (c - '0')) : c);
		}
		return out.toString();
	}

}
