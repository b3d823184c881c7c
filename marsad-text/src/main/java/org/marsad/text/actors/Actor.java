package org.marsad.text.actors;

import java.util.ArrayList;
import java.util.List;

/**
 * An armed or political actor of the catalogue (DESIGN, "Actors").
 *
 * @param id stable id, e.g. {@code sdf}
 * @param nameAr Arabic name
 * @param nameEn English name
 * @param aliases other names, Arabic or Latin
 */
public record Actor(String id, String nameAr, String nameEn, List<String> aliases) {

	public Actor {
		aliases = List.copyOf(aliases);
	}

	/** The Arabic and English names followed by the aliases. */
	public List<String> allNames() {
		List<String> names = new ArrayList<>(this.aliases.size() + 2);
		names.add(this.nameAr);
		names.add(this.nameEn);
		names.addAll(this.aliases);
		return names;
	}

}
