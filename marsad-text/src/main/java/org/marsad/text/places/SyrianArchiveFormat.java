package org.marsad.text.places;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.marsad.text.Place;
import org.marsad.text.json.JsonReader;
import org.marsad.text.vocabulary.PlaceKind;

/**
 * Reads the Syrian Archive's {@code locations.json}: an array of community-level places
 * whose names carry their administrative context.
 *
 * <p>
 * What the file holds, and the rules applied:
 * <ul>
 * <li>{@code search_name_ar} is «community - subdistrict - district --- (((n)))», the
 * subdistrict sometimes repeated; the first part is the Arabic name</li>
 * <li>{@code search_name_en} is the same in English, the community sometimes followed by
 * its subdistrict in parentheses, which is dropped</li>
 * <li>entries marked {@code sa_loc_only} are spots the archive added («مدينة حلب : دوار
 * ...»): the name is the part after the last colon of {@code search_name_ar_short}; with
 * a colon they are features, without one towns</li>
 * <li>{@code closest_geonames_post_code} is an OCHA community P-code ({@code Cnnnn}) for
 * communities, used as the id when first seen; otherwise the id is
 * {@code syrian-archive-n}. For spots it is the P-code of the enclosing admin area, used
 * as the parent</li>
 * <li>a community named like its subdistrict or district (with or without «مركز»,
 * «مدينة») is a town, any other a village</li>
 * <li>a community's parent is the subdistrict its names point to in an admin gazetteer,
 * when one is given and the names agree ({@link AdminAreas}); otherwise it has none</li>
 * <li>{@code old_sa_name}, after its colon, becomes an alias when it differs</li>
 * <li>empty coordinates are unknown</li>
 * </ul>
 */
public final class SyrianArchiveFormat {

	private static final String SUFFIX = "---";

	private static final String SHORT_SUFFIX = "(((";

	private static final Pattern PARTS = Pattern.compile(" - ");

	private static final String ID_PREFIX = "syrian-archive-";

	private SyrianArchiveFormat() {
	}

	/**
	 * Reads the file.
	 * @param file the {@code locations.json} file
	 * @return the places in file order
	 * @throws IOException when the file cannot be read
	 */
	public static List<Place> read(Path file) throws IOException {
		return read(file, Gazetteer.builder().build());
	}

	/**
	 * Reads the file, giving each community the subdistrict of an admin gazetteer that
	 * its names point to ({@link AdminAreas}), so that the recogniser can use the
	 * hierarchy.
	 * @param file the {@code locations.json} file
	 * @param admin a gazetteer holding subdistricts and districts, e.g. OpenSyria's
	 * @return the places in file order
	 * @throws IOException when the file cannot be read
	 */
	public static List<Place> read(Path file, Gazetteer admin) throws IOException {
		AdminAreas areas = new AdminAreas(admin);
		Object json = JsonReader.parse(Files.readString(file, StandardCharsets.UTF_8));
		List<Object> entries = JsonFields.list(json);
		List<Place> places = new ArrayList<>(entries.size());
		Set<String> usedIds = new HashSet<>();
		for (Object entry : entries) {
			places.add(isSpot(entry) ? spot(entry, usedIds) : community(entry, usedIds, areas));
		}
		return places;
	}

	private static boolean isSpot(Object entry) {
		return "TRUE".equalsIgnoreCase(JsonFields.text(entry, "sa_loc_only"));
	}

	private static Place community(Object entry, Set<String> usedIds, AdminAreas areas) {
		String[] ar = PARTS.split(strip(JsonFields.text(entry, "search_name_ar"), SUFFIX));
		String[] en = PARTS.split(strip(JsonFields.text(entry, "search_name_en"), SUFFIX));
		String name = ar[0].strip();
		String code = JsonFields.text(entry, "closest_geonames_post_code");
		String id = (code != null && code.startsWith("C") && usedIds.add(code)) ? code
				: ID_PREFIX + JsonFields.text(entry, "id");
		PlaceKind kind = isSeat(name, ar) ? PlaceKind.TOWN : PlaceKind.VILLAGE;
		int parenthesis = en[0].indexOf('(');
		String nameEn = ((parenthesis >= 0) ? en[0].substring(0, parenthesis) : en[0]).strip();
		String parent = (ar.length >= 3) ? areas.subdistrictId(ar[1], ar[ar.length - 1]) : null;
		return new Place(id, name, nameEn, kind, JsonFields.number(entry, "lat"), JsonFields.number(entry, "lon"),
				parent, aliases(entry, name));
	}

	private static Place spot(Object entry, Set<String> usedIds) {
		String shortName = strip(JsonFields.text(entry, "search_name_ar_short"), SHORT_SUFFIX);
		String en = strip(JsonFields.text(entry, "search_name_en"), SUFFIX);
		String name = afterColon(shortName);
		String code = JsonFields.text(entry, "closest_geonames_post_code");
		String parent = (code != null && code.startsWith("SY")) ? code : null;
		String id = ID_PREFIX + JsonFields.text(entry, "id");
		usedIds.add(id);
		PlaceKind kind = shortName.contains(":") ? PlaceKind.FEATURE : PlaceKind.TOWN;
		return new Place(id, name, afterColon(en), kind, JsonFields.number(entry, "lat"),
				JsonFields.number(entry, "lon"), parent, aliases(entry, name));
	}

	private static boolean isSeat(String name, String[] parts) {
		String key = AdminAreas.key(name);
		for (int i = 1; i < parts.length; i++) {
			if (AdminAreas.key(parts[i]).equals(key)) {
				return true;
			}
		}
		return false;
	}

	private static List<String> aliases(Object entry, String name) {
		Set<String> aliases = new LinkedHashSet<>();
		String old = JsonFields.text(entry, "old_sa_name");
		if (old != null && !old.isBlank()) {
			String oldName = afterColon(old);
			if (!oldName.equals(name) && !oldName.isEmpty()) {
				aliases.add(oldName);
			}
		}
		return List.copyOf(aliases);
	}

	private static String afterColon(String text) {
		int colon = text.lastIndexOf(':');
		return ((colon >= 0) ? text.substring(colon + 1) : text).strip();
	}

	private static String strip(String text, String suffix) {
		if (text == null) {
			return "";
		}
		int at = text.lastIndexOf(suffix);
		return ((at >= 0) ? text.substring(0, at) : text).strip();
	}

}
