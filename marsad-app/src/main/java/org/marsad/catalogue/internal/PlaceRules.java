package org.marsad.catalogue.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.marsad.catalogue.CatalogueRefused.Problem;
import org.marsad.catalogue.PlaceChange;
import org.marsad.text.Place;
import org.marsad.text.vocabulary.PlaceKind;

/**
 * Checks the content of a place, whether typed by a coordinator or read from a file. The
 * content is held as the text engine's {@link Place}.
 * <ul>
 * <li>id, names and aliases: {@link EntryRules}; a new place typed without an id gets
 * {@code marsad-} and ten hexadecimal digits</li>
 * <li>kind: one of DESIGN's kinds ({@code country} … {@code feature})</li>
 * <li>latitude from -90 to 90 and longitude from -180 to 180 degrees, finite, both or
 * neither</li>
 * <li>a place is not its own parent; that a parent exists and makes no loop is checked
 * against the catalogue ({@link PlaceRegister}), except on import, where a parent may
 * come in a later file</li>
 * </ul>
 */
final class PlaceRules {

	static final String GENERATED_PREFIX = "marsad-";

	private static final int GENERATED_DIGITS = 10;

	private PlaceRules() {
	}

	/**
	 * Reads and checks a typed place.
	 * @param change the place as typed
	 * @param id the id to give it: the stored one when editing, {@code null} to take the
	 * typed one or make one
	 * @param problems receives what is wrong, one entry per offending field and rule
	 * @return the content to store, its parent not yet checked against the catalogue
	 */
	static Place read(PlaceChange change, String id, List<Problem> problems) {
		PlaceKind kind = kind(change.kind(), problems);
		String placeId = (id != null) ? id : EntryRules.clean(change.id());
		if (placeId == null) {
			placeId = GENERATED_PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, GENERATED_DIGITS);
		}
		Place place = clean(new Place(placeId, change.nameAr(), change.nameEn(), kind, change.lat(), change.lon(),
				change.parentId(), change.aliases()));
		problems.addAll(problems(place, change.kind() == null || change.kind().isBlank()));
		return place;
	}

	/**
	 * A place with names, aliases and parent stripped, blanks as {@code null}.
	 * @param place the place as read
	 * @return the cleaned place
	 */
	static Place clean(Place place) {
		return new Place(EntryRules.clean(place.id()), EntryRules.clean(place.nameAr()),
				EntryRules.clean(place.nameEn()), place.kind(), place.lat(), place.lon(),
				EntryRules.clean(place.parentId()), EntryRules.cleanAliases(place.aliases()));
	}

	/**
	 * What is wrong with a cleaned place, on its own.
	 * @param place the place
	 * @param reportMissingKind whether a missing kind is a problem of its own (not when
	 * an unknown kind was already reported)
	 * @return the problems, none when it may be stored
	 */
	static List<Problem> problems(Place place, boolean reportMissingKind) {
		List<Problem> problems = new ArrayList<>();
		EntryRules.checkId(place.id(), problems);
		EntryRules.checkNames(place.nameAr(), place.nameEn(), place.aliases(), problems);
		if (place.kind() == null && reportMissingKind) {
			problems.add(new Problem("kind", "catalogue.error.kind"));
		}
		checkCoordinate("lat", place.lat(), 90, problems);
		checkCoordinate("lon", place.lon(), 180, problems);
		if ((place.lat() == null) != (place.lon() == null)) {
			problems.add(new Problem((place.lat() == null) ? "lat" : "lon", "catalogue.error.coordinatesPaired"));
		}
		if (place.parentId() != null && !EntryRules.isId(place.parentId())) {
			problems.add(new Problem("parentId", "catalogue.error.parentUnknown"));
		}
		else if (place.parentId() != null && place.parentId().equals(place.id())) {
			problems.add(new Problem("parentId", "catalogue.error.parentLoop"));
		}
		return problems;
	}

	private static PlaceKind kind(String code, List<Problem> problems) {
		if (code == null || code.isBlank()) {
			return null;
		}
		for (PlaceKind kind : PlaceKind.values()) {
			if (kind.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
				return kind;
			}
		}
		problems.add(new Problem("kind", "catalogue.error.kind"));
		return null;
	}

	private static void checkCoordinate(String field, Double value, double limit, List<Problem> problems) {
		if (value != null && (value.isNaN() || value < -limit || value > limit)) {
			problems.add(new Problem(field, "catalogue.error." + field));
		}
	}

}
