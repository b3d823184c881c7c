package org.marsad.catalogue;

import org.marsad.text.vocabulary.PlaceKind;

/**
 * Which places to list. Every part is optional.
 *
 * @param name part of a name or alias, matched as the text engine reads names (folded,
 * without the article); {@code null} or blank for any
 * @param kind only places of this kind, or {@code null}
 * @param parentId only the direct children of this place, or {@code null}
 */
public record PlaceQuery(String name, PlaceKind kind, String parentId) {

	/** Every place. */
	public static final PlaceQuery ALL = new PlaceQuery(null, null, null);

}
