package org.marsad.catalogue;

import java.util.List;

/**
 * An actor as typed in a form or sent to the API, before it is checked.
 *
 * @param id the id of a new actor ({@code null} or blank to have one made from the
 * English name); ignored when editing, as ids never change
 * @param nameAr the Arabic name
 * @param nameEn the English name
 * @param aliases other names
 */
public record ActorChange(String id, String nameAr, String nameEn, List<String> aliases) {

	/**
	 * Copies the aliases, none when {@code null}.
	 */
	public ActorChange {
		aliases = (aliases != null) ? List.copyOf(aliases.stream().map(String::valueOf).toList()) : List.of();
	}

}
