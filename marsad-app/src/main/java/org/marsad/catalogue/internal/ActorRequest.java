package org.marsad.catalogue.internal;

import java.util.List;

import org.marsad.catalogue.ActorChange;

/**
 * The JSON body of {@code POST /api/actors} and {@code PUT /api/actors/{id}}.
 *
 * @param id the id of a new actor (optional; ignored on edits)
 * @param nameAr the Arabic name
 * @param nameEn the English name
 * @param aliases other names
 * @param version on edits, the version the edit started from (required)
 */
record ActorRequest(String id, String nameAr, String nameEn, List<String> aliases, Integer version) {

	ActorChange toChange() {
		return new ActorChange(this.id, this.nameAr, this.nameEn, this.aliases);
	}

}
