package org.marsad.catalogue.internal;

import java.util.List;

import org.marsad.catalogue.PlaceChange;

/**
 * The JSON body of {@code POST /api/places} and {@code PUT /api/places/{id}}.
 *
 * @param id the id of a new place (optional; ignored on edits)
 * @param nameAr the Arabic name
 * @param nameEn the English name
 * @param kind a kind code: {@code country}, {@code governorate}, {@code district},
 * {@code subdistrict}, {@code town}, {@code village}, {@code camp}, {@code region},
 * {@code feature}
 * @param lat latitude in degrees, -90 to 90
 * @param lon longitude in degrees, -180 to 180
 * @param parentId the enclosing place
 * @param aliases other names
 * @param version on edits, the version the edit started from (required)
 */
record PlaceRequest(String id, String nameAr, String nameEn, String kind, Double lat, Double lon, String parentId,
		List<String> aliases, Integer version) {

	PlaceChange toChange() {
		return new PlaceChange(this.id, this.nameAr, this.nameEn, this.kind, this.lat, this.lon, this.parentId,
				this.aliases);
	}

}
