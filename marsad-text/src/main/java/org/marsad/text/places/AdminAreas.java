package org.marsad.text.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.marsad.text.Place;
import org.marsad.text.normalize.ArabicFolding;
import org.marsad.text.vocabulary.PlaceKind;

/**
 * Finds the subdistrict of an admin gazetteer (OpenSyria, OCHA) that a community list
 * names only by its Arabic subdistrict and district names.
 *
 * <p>
 * Rules:
 * <ul>
 * <li>names are folded and stripped of a leading «ناحية», «منطقة», «مركز» or «مدينة», so
 * «مركز الحسكة», «ناحية مركز الحسكة» and «الحسكة» agree</li>
 * <li>a subdistrict name held by one subdistrict gives it</li>
 * <li>one held by several gives the one whose district has the given district name</li>
 * <li>anything else gives no parent</li>
 * </ul>
 */
final class AdminAreas {

	private static final List<String> UNIT_WORDS = List.of("ناحية ", "منطقة ", "مركز ", "مدينة ");

	private final Gazetteer admin;

	private final Map<String, List<Place>> subdistricts = new HashMap<>();

	AdminAreas(Gazetteer admin) {
		this.admin = admin;
		for (Place place : admin.places()) {
			if (place.kind() == PlaceKind.SUBDISTRICT) {
				List<String> names = new ArrayList<>(place.aliases());
				names.add(place.nameAr());
				names.stream()
					.filter((name) -> name != null && !name.isBlank())
					.map(AdminAreas::key)
					.distinct()
					.forEach((key) -> this.subdistricts.computeIfAbsent(key, (k) -> new ArrayList<>()).add(place));
			}
		}
	}

	/**
	 * The id of a subdistrict.
	 * @param subdistrict its Arabic name as the community list writes it
	 * @param district the Arabic name of its district
	 * @return the id or {@code null}
	 */
	String subdistrictId(String subdistrict, String district) {
		List<Place> candidates = this.subdistricts.getOrDefault(key(subdistrict), List.of());
		if (candidates.size() == 1) {
			return candidates.get(0).id();
		}
		String districtKey = key(district);
		for (Place candidate : candidates) {
			Place parent = this.admin.byId(candidate.parentId()).orElse(null);
			if (parent != null && key(parent.nameAr()).equals(districtKey)) {
				return candidate.id();
			}
		}
		return null;
	}

	static String key(String name) {
		String folded = ArabicFolding.fold(name.strip());
		boolean stripped = true;
		while (stripped) {
			stripped = false;
			for (String word : UNIT_WORDS) {
				String foldedWord = ArabicFolding.fold(word);
				if (folded.startsWith(foldedWord)) {
					folded = folded.substring(foldedWord.length()).strip();
					stripped = true;
				}
			}
		}
		return folded;
	}

}
