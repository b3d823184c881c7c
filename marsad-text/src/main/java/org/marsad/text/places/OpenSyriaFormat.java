package org.marsad.text.places;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.marsad.text.Place;
import org.marsad.text.json.JsonReader;
import org.marsad.text.vocabulary.PlaceKind;

/**
 * Reads the OpenSyria gazetteer: {@code governorates.json}, {@code districts.json} and
 * {@code subdistricts.json} in one folder (arrays of objects with {@code id},
 * {@code name.ar}, {@code name.en}, {@code aliases[].value}, {@code centroid},
 * {@code externalIds.ochaPcode}, {@code governorateId}, {@code districtId}).
 *
 * <p>
 * Rules:
 * <ul>
 * <li>the id is the OCHA P-code when given, else OpenSyria's own id</li>
 * <li>the parent of a district is its governorate, of a subdistrict its district, both
 * translated to P-codes; governorates have no parent</li>
 * <li>a missing file is skipped, so a folder may hold only some levels</li>
 * </ul>
 */
public final class OpenSyriaFormat {

	private static final List<Level> LEVELS = List.of(new Level("governorates.json", PlaceKind.GOVERNORATE, null),
			new Level("districts.json", PlaceKind.DISTRICT, "governorateId"),
			new Level("subdistricts.json", PlaceKind.SUBDISTRICT, "districtId"));

	private OpenSyriaFormat() {
	}

	/**
	 * Reads the files of one folder.
	 * @param folder the folder
	 * @return governorates, then districts, then subdistricts
	 * @throws IOException when a file cannot be read
	 */
	public static List<Place> read(Path folder) throws IOException {
		Map<String, String> ids = new HashMap<>();
		List<Place> places = new ArrayList<>();
		for (Level level : LEVELS) {
			Path file = folder.resolve(level.file());
			if (Files.isRegularFile(file)) {
				Object json = JsonReader.parse(Files.readString(file, StandardCharsets.UTF_8));
				for (Object entry : JsonFields.list(json)) {
					places.add(place(entry, level, ids));
				}
			}
		}
		return places;
	}

	private static Place place(Object entry, Level level, Map<String, String> ids) {
		String ownId = JsonFields.text(entry, "id");
		String pcode = JsonFields.text(JsonFields.object(entry, "externalIds"), "ochaPcode");
		String id = (pcode != null && !pcode.isBlank()) ? pcode : ownId;
		ids.put(ownId, id);
		String parent = (level.parentField() != null) ? ids.get(JsonFields.text(entry, level.parentField())) : null;
		Map<String, Object> name = JsonFields.object(entry, "name");
		Map<String, Object> centroid = JsonFields.object(entry, "centroid");
		Set<String> aliases = new LinkedHashSet<>();
		for (Object alias : JsonFields.list(entry, "aliases")) {
			String value = JsonFields.text(alias, "value");
			if (value != null && !value.isBlank()) {
				aliases.add(value);
			}
		}
		return new Place(id, JsonFields.text(name, "ar"), JsonFields.text(name, "en"), level.kind(),
				JsonFields.number(centroid, "latitude"), JsonFields.number(centroid, "longitude"), parent,
				List.copyOf(aliases));
	}

	private record Level(String file, PlaceKind kind, String parentField) {
	}

}
