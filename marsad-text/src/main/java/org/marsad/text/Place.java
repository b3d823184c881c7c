package org.marsad.text;

import java.util.List;

import org.marsad.text.vocabulary.PlaceKind;

/**
 * A gazetteer entry.
 *
 * @param id stable id (an OCHA P-code where known)
 * @param nameAr Arabic name
 * @param nameEn English name
 * @param kind kind of place
 * @param lat latitude or {@code null}
 * @param lon longitude or {@code null}
 * @param parentId id of the enclosing place or {@code null}
 * @param aliases other names, Arabic or Latin
 */
public record Place(String id, String nameAr, String nameEn, PlaceKind kind, Double lat, Double lon, String parentId,
		List<String> aliases) {
}
