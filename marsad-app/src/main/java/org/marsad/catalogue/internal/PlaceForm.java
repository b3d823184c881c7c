package org.marsad.catalogue.internal;

import java.util.Arrays;
import java.util.List;

import org.marsad.catalogue.Place;
import org.marsad.catalogue.PlaceChange;
import org.marsad.text.normalize.ArabicFolding;

/**
 * The new-place and edit-place forms.
 * <ul>
 * <li>coordinates are typed as text: Arabic-Indic digits and the Arabic decimal separator
 * are read ({@link ArabicFolding}); text that is not a number is passed on as
 * not-a-number, which the rules refuse for that field</li>
 * <li>other names are typed one per line</li>
 * </ul>
 *
 * @param id the id of a new place
 * @param nameAr the Arabic name
 * @param nameEn the English name
 * @param kind the kind code
 * @param lat the latitude as typed
 * @param lon the longitude as typed
 * @param parentId the enclosing place
 * @param aliases other names, one per line
 * @param version the version the edit started from
 */
record PlaceForm(String id, String nameAr, String nameEn, String kind, String lat, String lon, String parentId,
		String aliases, Integer version) {

	static PlaceForm empty(String parentId) {
		return new PlaceForm("", "", "", "town", "", "", (parentId != null) ? parentId : "", "", null);
	}

	static PlaceForm of(Place place) {
		return new PlaceForm(place.id(), text(place.nameAr()), text(place.nameEn()), place.kindCode(),
				(place.lat() != null) ? place.lat().toString() : "",
				(place.lon() != null) ? place.lon().toString() : "", text(place.parentId()),
				String.join("\n", place.aliases()), place.version());
	}

	PlaceForm withVersion(int current) {
		return new PlaceForm(this.id, this.nameAr, this.nameEn, this.kind, this.lat, this.lon, this.parentId,
				this.aliases, current);
	}

	PlaceChange toChange() {
		return new PlaceChange(this.id, this.nameAr, this.nameEn, this.kind, coordinate(this.lat), coordinate(this.lon),
				this.parentId, lines(this.aliases));
	}

	static List<String> lines(String text) {
		return (text == null) ? List.of() : Arrays.asList(text.split("\r?\n"));
	}

	private static Double coordinate(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(ArabicFolding.fold(text.strip()).replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			return Double.NaN;
		}
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}
