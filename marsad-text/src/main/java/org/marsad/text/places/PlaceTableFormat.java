package org.marsad.text.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.marsad.text.Place;
import org.marsad.text.vocabulary.PlaceKind;

/**
 * Reads the team's own tab-separated gazetteer table, the format of the starter
 * gazetteer.
 *
 * <p>
 * Rules:
 * <ul>
 * <li>UTF-8; lines starting with {@code #} and blank lines are skipped, as is a header
 * line starting with {@code id}</li>
 * <li>columns: id, kind code, parent id, latitude, longitude, Arabic name, English name,
 * aliases separated by {@code |}</li>
 * <li>empty parent, latitude or longitude cells mean unknown</li>
 * </ul>
 */
public final class PlaceTableFormat {

	private static final String TAB = "\t";

	private static final String ALIAS_SEPARATOR = "\\|";

	private static final int COLUMNS = 8;

	private static final String HEADER = "id\tkind\tparent\tlat\tlon\tname_ar\tname_en\taliases\n";

	private static final Pattern UNSAFE = Pattern.compile("[\\t\\r\\n|]+");

	private PlaceTableFormat() {
	}

	/**
	 * Reads a table.
	 * @param in the table, UTF-8
	 * @return the places in file order
	 * @throws IOException when reading fails
	 * @throws IllegalArgumentException for a malformed line (the message names it)
	 */
	public static List<Place> read(InputStream in) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		List<Place> places = new ArrayList<>();
		String line;
		int number = 0;
		while ((line = reader.readLine()) != null) {
			number++;
			if (line.isBlank() || line.startsWith("#") || line.startsWith("id" + TAB)) {
				continue;
			}
			places.add(parse(line, number));
		}
		return places;
	}

	/**
	 * Writes places as a table that {@link #read(InputStream)} reads back; tabs, line
	 * breaks and {@code |} inside names become spaces.
	 * @param places the places
	 * @param out where to write
	 * @throws IOException when writing fails
	 */
	public static void write(List<Place> places, Writer out) throws IOException {
		out.write(HEADER);
		for (Place place : places) {
			List<String> aliases = place.aliases().stream().map(PlaceTableFormat::cell).toList();
			out.write(String.join(TAB, cell(place.id()), place.kind().code(), cell(place.parentId()),
					(place.lat() != null) ? place.lat().toString() : "",
					(place.lon() != null) ? place.lon().toString() : "", cell(place.nameAr()), cell(place.nameEn()),
					String.join("|", aliases)));
			out.write('\n');
		}
		out.flush();
	}

	private static String cell(String value) {
		return (value != null) ? UNSAFE.matcher(value).replaceAll(" ").strip() : "";
	}

	private static Place parse(String line, int number) {
		String[] cells = line.split(TAB, -1);
		if (cells.length != COLUMNS) {
			throw new IllegalArgumentException("Line " + number + ": expected " + COLUMNS + " columns");
		}
		List<String> aliases = cells[7].isBlank() ? List.of()
				: Arrays.stream(cells[7].split(ALIAS_SEPARATOR))
					.map(String::strip)
					.filter((a) -> !a.isEmpty())
					.toList();
		return new Place(cells[0].strip(), cells[5].strip(), cells[6].strip(), PlaceKind.ofCode(cells[1].strip()),
				coordinate(cells[3]), coordinate(cells[4]), cells[2].isBlank() ? null : cells[2].strip(), aliases);
	}

	private static Double coordinate(String cell) {
		return cell.isBlank() ? null : Double.valueOf(cell.strip());
	}

}
