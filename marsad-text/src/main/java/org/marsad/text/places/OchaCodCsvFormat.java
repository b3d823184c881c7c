package org.marsad.text.places;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.marsad.text.Place;
import org.marsad.text.vocabulary.PlaceKind;

/**
 * Reads an OCHA Common Operational Dataset admin table (CSV) such as HDX's
 * {@code syr_adminboundaries_tabulardata} sheets: one row per admin unit or community,
 * columns {@code admin0Pcode}, {@code admin1Name_en}, {@code admin1Name_ar},
 * {@code admin1Pcode}, ... down to the deepest level present.
 *
 * <p>
 * Rules:
 * <ul>
 * <li>header names are matched without regard to case</li>
 * <li>each row gives one place per level with a P-code; a unit repeated on many rows is
 * read once, its aliases united</li>
 * <li>levels give kinds: 0 country, 1 governorate, 2 district, 3 subdistrict, 4 community
 * (village)</li>
 * <li>the parent is the P-code of the level above</li>
 * <li>{@code adminNAltName1_en}, {@code adminNAltName2_ar} and the like become aliases;
 * {@code adminNRefName_en} too when it differs</li>
 * <li>coordinates come from {@code latitude}/{@code longitude}, {@code lat}/{@code lon}
 * or {@code center_lat}/{@code center_lon} and belong to the row's deepest level</li>
 * </ul>
 */
public final class OchaCodCsvFormat {

	private static final int LEVELS = 5;

	private static final PlaceKind[] KINDS = { PlaceKind.COUNTRY, PlaceKind.GOVERNORATE, PlaceKind.DISTRICT,
			PlaceKind.SUBDISTRICT, PlaceKind.VILLAGE };

	private static final List<String> LATITUDES = List.of("latitude", "lat", "center_lat", "latitude_y");

	private static final List<String> LONGITUDES = List.of("longitude", "lon", "center_lon", "longitude_x");

	private OchaCodCsvFormat() {
	}

	/**
	 * Reads a table.
	 * @param reader the CSV text
	 * @return the places, each once, in order of first appearance
	 * @throws IOException when reading fails
	 */
	public static List<Place> read(Reader reader) throws IOException {
		List<List<String>> records = CsvRecords.read(reader);
		if (records.isEmpty()) {
			return List.of();
		}
		Map<String, Integer> columns = new HashMap<>();
		List<String> header = records.get(0);
		for (int i = 0; i < header.size(); i++) {
			columns.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
		}
		Map<String, Place> places = new LinkedHashMap<>();
		for (List<String> row : records.subList(1, records.size())) {
			readRow(new Row(columns, row), places);
		}
		return new ArrayList<>(places.values());
	}

	private static void readRow(Row row, Map<String, Place> places) {
		int deepest = -1;
		for (int level = 0; level < LEVELS; level++) {
			if (!row.get("admin" + level + "pcode").isEmpty()) {
				deepest = level;
			}
		}
		String parent = null;
		for (int level = 0; level <= deepest; level++) {
			String pcode = row.get("admin" + level + "pcode");
			if (pcode.isEmpty()) {
				continue;
			}
			Double lat = (level == deepest) ? row.number(LATITUDES) : null;
			Double lon = (level == deepest) ? row.number(LONGITUDES) : null;
			Place place = new Place(pcode, row.orNull("admin" + level + "name_ar"),
					row.orNull("admin" + level + "name_en"), KINDS[level], lat, lon, parent, aliases(row, level));
			places.merge(pcode, place, OchaCodCsvFormat::unite);
			parent = pcode;
		}
	}

	private static List<String> aliases(Row row, int level) {
		Set<String> aliases = new LinkedHashSet<>();
		String prefix = "admin" + level;
		String nameEn = row.get(prefix + "name_en");
		String refName = row.get(prefix + "refname_en");
		if (!refName.isEmpty() && !refName.equals(nameEn)) {
			aliases.add(refName);
		}
		for (int n = 1; n <= 3; n++) {
			for (String language : List.of("en", "ar")) {
				String alias = row.get(prefix + "altname" + n + "_" + language);
				if (!alias.isEmpty()) {
					aliases.add(alias);
				}
			}
		}
		return List.copyOf(aliases);
	}

	private static Place unite(Place first, Place later) {
		Set<String> aliases = new LinkedHashSet<>(first.aliases());
		aliases.addAll(later.aliases());
		return new Place(first.id(), first.nameAr(), first.nameEn(), first.kind(),
				(first.lat() != null) ? first.lat() : later.lat(), (first.lon() != null) ? first.lon() : later.lon(),
				first.parentId(), List.copyOf(aliases));
	}

	private record Row(Map<String, Integer> columns, List<String> cells) {

		String get(String column) {
			Integer index = this.columns.get(column);
			return (index != null && index < this.cells.size()) ? this.cells.get(index).strip() : "";
		}

		String orNull(String column) {
			String value = get(column);
			return value.isEmpty() ? null : value;
		}

		Double number(List<String> names) {
			for (String name : names) {
				String value = get(name);
				if (!value.isEmpty()) {
					try {
						return Double.valueOf(value);
					}
					catch (NumberFormatException ex) {
						return null;
					}
				}
			}
			return null;
		}

	}

}
