package org.marsad.catalogue;

import java.util.List;

/**
 * A place as typed in a form or sent to the API, before it is checked.
 *
 * @param id the id of a new place ({@code null} or blank to have one made); ignored when
 * editing, as ids never change
 * @param nameAr the Arabic name
 * @param nameEn the English name
 * @param kind a kind code such as {@code town}
 * @param lat latitude in degrees, or {@code null}
 * @param lon longitude in degrees, or {@code null}
 * @param parentId the enclosing place, or {@code null}
 * @param aliases other names
 */
public record PlaceChange(String id, String nameAr, String nameEn, String kind, Double lat, Double lon, String parentId,
		List<String> aliases) {

	/**
	 * Copies the aliases, none when {@code null}.
	 */
	public PlaceChange {
		aliases = (aliases != null) ? List.copyOf(aliases.stream().map(String::valueOf).toList()) : List.of();
	}

}
