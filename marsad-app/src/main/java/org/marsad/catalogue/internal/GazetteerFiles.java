package org.marsad.catalogue.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.marsad.catalogue.GazetteerFormat;
import org.marsad.catalogue.GazetteerUnreadable;
import org.marsad.text.Place;
import org.marsad.text.places.Gazetteer;
import org.marsad.text.places.GeoNamesFormat;
import org.marsad.text.places.OchaCodCsvFormat;
import org.marsad.text.places.OpenSyriaFormat;
import org.marsad.text.places.PlaceTableFormat;
import org.marsad.text.places.SyrianArchiveFormat;

/**
 * Recognises and reads gazetteer files with the text engine's importers.
 * <ul>
 * <li>a folder, or a file named {@code governorates.json}, {@code districts.json} or
 * {@code subdistricts.json}: OpenSyria, whose three files are read together from their
 * folder (districts name their governorate by OpenSyria's own id)</li>
 * <li>JSON whose first entries have {@code search_name_ar}: the Syrian Archive</li>
 * <li>a first line starting {@code id<TAB>kind}, or of eight tab-separated cells:
 * Marsad's table</li>
 * <li>a first line of fifteen or more tab-separated cells starting with a number: a
 * GeoNames dump</li>
 * <li>a comma-separated header with {@code admin1Pcode} (any level, any case): an OCHA
 * COD table</li>
 * </ul>
 * Files must be UTF-8. Messages name the file as given and say what is wrong.
 */
final class GazetteerFiles {

	private static final Set<String> OPEN_SYRIA_FILES = Set.of("governorates.json", "districts.json",
			"subdistricts.json");

	private static final int SNIFF_BYTES = 16 * 1024;

	private static final int TABLE_COLUMNS = 8;

	private static final int GEONAMES_COLUMNS = 15;

	private static final Pattern OCHA_HEADER = Pattern.compile("(?i)(^|[,\"])admin[0-4]pcode([,\"]|$)");

	private static final Pattern NUMBER = Pattern.compile("[0-9]+");

	private GazetteerFiles() {
	}

	/**
	 * Recognises the format of a file.
	 * @param file the file or folder
	 * @return its format
	 * @throws GazetteerUnreadable when it is missing or of no known format
	 */
	static GazetteerFormat detect(Path file) {
		if (Files.isDirectory(file) || OPEN_SYRIA_FILES.contains(fileName(file))) {
			return GazetteerFormat.OPEN_SYRIA;
		}
		String head = head(file);
		String start = head.stripLeading();
		if (start.startsWith("[") || start.startsWith("{")) {
			if (head.contains("\"search_name_ar\"")) {
				return GazetteerFormat.SYRIAN_ARCHIVE;
			}
			throw new GazetteerUnreadable(file + ": JSON of no known gazetteer format (OpenSyria files are read "
					+ "from their folder; the Syrian Archive's has search_name_ar)", null);
		}
		String line = firstLine(head);
		String[] cells = line.split("\t", -1);
		if (line.startsWith("id\tkind") || cells.length == TABLE_COLUMNS) {
			return GazetteerFormat.TABLE;
		}
		if (cells.length >= GEONAMES_COLUMNS && NUMBER.matcher(cells[0]).matches()) {
			return GazetteerFormat.GEONAMES;
		}
		if (OCHA_HEADER.matcher(line.replace(" ", "")).find()) {
			return GazetteerFormat.OCHA_COD;
		}
		throw new GazetteerUnreadable(file + ": not a gazetteer format Marsad knows; name one with --format", null);
	}

	/**
	 * Reads the places of a file.
	 * @param file the file or folder
	 * @param format its format
	 * @param admin the administrative areas to attach Syrian Archive communities to
	 * @return the places in file order, at least one
	 * @throws GazetteerUnreadable when the file is missing, not UTF-8, malformed or holds
	 * no places
	 */
	static List<Place> read(Path file, GazetteerFormat format, Supplier<Gazetteer> admin) {
		Path source = (format == GazetteerFormat.OPEN_SYRIA && !Files.isDirectory(file)) ? file.getParent() : file;
		if (source == null || !Files.exists(source)) {
			throw new GazetteerUnreadable(file + ": no such file or folder", null);
		}
		if (format == GazetteerFormat.OPEN_SYRIA
				&& OPEN_SYRIA_FILES.stream().noneMatch((name) -> Files.isRegularFile(source.resolve(name)))) {
			throw new GazetteerUnreadable(file + ": no governorates.json, districts.json or subdistricts.json", null);
		}
		if (format != GazetteerFormat.OPEN_SYRIA && !Files.isRegularFile(source)) {
			throw new GazetteerUnreadable(file + ": not a file", null);
		}
		List<Place> places;
		try {
			places = parse(source, format, admin);
		}
		catch (CharacterCodingException ex) {
			throw new GazetteerUnreadable(file + ": not UTF-8 text", ex);
		}
		catch (IOException ex) {
			throw new GazetteerUnreadable(file + ": cannot be read (" + ex.getMessage() + ")", ex);
		}
		catch (RuntimeException ex) {
			throw new GazetteerUnreadable(file + ": not a valid " + format.code() + " file (" + describe(ex) + ")", ex);
		}
		if (places.isEmpty()) {
			throw new GazetteerUnreadable(file + ": no places found as " + format.code(), null);
		}
		return places;
	}

	private static List<Place> parse(Path source, GazetteerFormat format, Supplier<Gazetteer> admin)
			throws IOException {
		return switch (format) {
			case OPEN_SYRIA -> OpenSyriaFormat.read(source);
			case SYRIAN_ARCHIVE -> SyrianArchiveFormat.read(source, admin.get());
			case OCHA_COD -> {
				try (BufferedReader reader = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
					yield OchaCodCsvFormat.read(reader);
				}
			}
			case GEONAMES -> {
				try (BufferedReader reader = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
					yield GeoNamesFormat.read(reader);
				}
			}
			case TABLE -> {
				try (InputStream in = Files.newInputStream(source)) {
					yield PlaceTableFormat.read(in);
				}
			}
		};
	}

	private static String describe(RuntimeException ex) {
		String message = ex.getMessage();
		return (message != null && !message.isBlank()) ? message : ex.getClass().getSimpleName();
	}

	private static String head(Path file) {
		if (!Files.isRegularFile(file)) {
			throw new GazetteerUnreadable(file + ": no such file", null);
		}
		try (InputStream in = Files.newInputStream(file)) {
			byte[] bytes = in.readNBytes(SNIFF_BYTES);
			String text = new String(bytes, StandardCharsets.UTF_8);
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (IOException ex) {
			throw new GazetteerUnreadable(file + ": cannot be read (" + ex.getMessage() + ")", ex);
		}
	}

	private static String firstLine(String head) {
		for (String line : head.split("\r?\n")) {
			if (!line.isBlank() && !line.startsWith("#")) {
				return line;
			}
		}
		return "";
	}

	private static String fileName(Path file) {
		Path name = file.getFileName();
		return (name != null) ? name.toString().toLowerCase(Locale.ROOT) : "";
	}

}
