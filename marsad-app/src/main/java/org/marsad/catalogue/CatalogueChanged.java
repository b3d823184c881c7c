package org.marsad.catalogue;

import java.util.Set;

/**
 * Published in the transaction that added, edited, imported or deleted catalogue entries,
 * so that what is built from the catalogue (the extractor of drafts) can be rebuilt once
 * it commits.
 *
 * @param placeIds the places that changed
 * @param actorIds the actors that changed
 */
public record CatalogueChanged(Set<String> placeIds, Set<String> actorIds) {

	/**
	 * Copies the ids.
	 */
	public CatalogueChanged {
		placeIds = Set.copyOf(placeIds);
		actorIds = Set.copyOf(actorIds);
	}

}
