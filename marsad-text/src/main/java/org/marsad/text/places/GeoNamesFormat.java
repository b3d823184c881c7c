package org.marsad.text.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.marsad.text.Place;
import org.marsad.text.vocabulary.PlaceKind;

/**
 * Reads a GeoNames dump ({@code SY.txt} from {@code export/dump}): tab-separated lines
 * with geonameid, name, asciiname, alternatenames, latitude, longitude, feature class,
 * feature code, country code, cc2, admin1 to admin4 codes, population and more (see the
 * dump's {@code readme.txt}).
 *
 * <p>
 * Rules:
 * <ul>
 * <li>the id is {@code geonames:<geonameid>}</li>
 * <li>the Arabic name is the first alternate name written in Arabic letters; the English
 * name is the main name</li>
 * <li>aliases are the ascii name and the alternate names written in Arabic or Latin
 * letters (other scripts are not read by the recogniser)</li>
 * <li>kinds from feature codes: PCL* country, ADM1 governorate, ADM2 district, ADM3
 * subdistrict, PPLC/PPLA* town, other PPL* town when the population is at least
 * {@value #TOWN_POPULATION} else village, CMP* camp, class L region, anything else
 * feature</li>
 * <li>the parent is the ADM2, else ADM1, else country entry of the same file that shares
 * the line's admin codes</li>
 * </ul>
 */
public final class GeoNamesFormat {

	static final int TOWN_POPULATION = 10_000;

	private static final int MIN_COLUMNS = 15;

	private static final char FIRST_ARABIC = '\u0600';

	private static final char LAST_ARABIC = '\u06FF';

	private GeoNamesFormat() {
	}

	/**
	 * Reads a dump.
	 * @param reader the dump text
	 * @return the places in file order
	 * @throws IOException when reading fails
	 */
	public static List<Place> read(Reader reader) throws IOException {
		List<String[]> lines = new ArrayList<>();
		Map<String, String> admins = new HashMap<>();
		BufferedReader in = new BufferedReader(reader);
		String line;
		while ((line = in.readLine()) != null) {
			String[] cells = line.split("\t", -1);
			if (cells.length < MIN_COLUMNS || line.startsWith("#")) {
				continue;
			}
			lines.add(cells);
			String key = adminKey(cells[7], cells);
			if (key != null) {
				admins.putIfAbsent(key, "geonames:" + cells[0]);
			}
		}
		List<Place> places = new ArrayList<>(lines.size());
		for (String[] cells : lines) {
			places.add(place(cells, admins));
		}
		return places;
	}

	private static Place place(String[] cells, Map<String, String> admins) {
		String id = "geonames:" + cells[0];
		String nameAr = null;
		Set<String> aliases = new LinkedHashSet<>();
		if (!cells[2].isBlank() && !cells[2].equals(cells[1])) {
			aliases.add(cells[2]);
		}
		for (String alternate : cells[3].split(",")) {
			String name = alternate.strip();
			if (isArabic(name)) {
				nameAr = (nameAr != null) ? nameAr : name;
				aliases.add(name);
			}
			else if (isLatin(name)) {
				aliases.add(name);
			}
		}
		aliases.remove(nameAr);
		aliases.remove(cells[1]);
		return new Place(id, nameAr, cells[1], kind(cells[6], cells[7], cells[14]), parseDouble(cells[4]),
				parseDouble(cells[5]), parent(cells, admins, id), List.copyOf(aliases));
	}

	static PlaceKind kind(String featureClass, String featureCode, String population) {
		if (featureCode.startsWith("PCL")) {
			return PlaceKind.COUNTRY;
		}
		return switch (featureCode) {
			case "ADM1" -> PlaceKind.GOVERNORATE;
			case "ADM2" -> PlaceKind.DISTRICT;
			case "ADM3" -> PlaceKind.SUBDISTRICT;
			case "PPLC", "PPLA", "PPLA2", "PPLA3", "PPLA4" -> PlaceKind.TOWN;
			default -> otherKind(featureClass, featureCode, population);
		};
	}

	private static PlaceKind otherKind(String featureClass, String featureCode, String population) {
		if (featureCode.startsWith("PPL")) {
			Double people = parseDouble(population);
			return (people != null && people >= TOWN_POPULATION) ? PlaceKind.TOWN : PlaceKind.VILLAGE;
		}
		if (featureCode.startsWith("CMP")) {
			return PlaceKind.CAMP;
		}
		return "L".equals(featureClass) ? PlaceKind.REGION : PlaceKind.FEATURE;
	}

	private static String parent(String[] cells, Map<String, String> admins, String id) {
		for (String level : List.of("ADM2", "ADM1", "PCLI")) {
			String parent = admins.get(adminKey(level, cells));
			if (parent != null && !parent.equals(id)) {
				return parent;
			}
		}
		return null;
	}

	private static String adminKey(String featureCode, String[] cells) {
		return switch (featureCode) {
			case "PCLI" -> cells[8];
			case "ADM1" -> cells[8] + "." + cells[10];
			case "ADM2" -> cells[8] + "." + cells[10] + "." + cells[11];
			default -> null;
		};
	}

	private static boolean isArabic(String name) {
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c >= FIRST_ARABIC && c <= LAST_ARABIC) {
				return true;
			}
		}
		return false;
	}

	private static boolean isLatin(String name) {
		if (name.isEmpty()) {
			return false;
		}
		for (int i = 0; i < name.length(); i++) {
			Character.UnicodeScript script = Character.UnicodeScript.of(name.charAt(i));
			if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON
					&& script != Character.UnicodeScript.INHERITED) {
				return false;
			}
		}
		return true;
	}

	private static Double parseDouble(String cell) {
		try {
			return cell.isBlank() ? null : Double.valueOf(cell.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
