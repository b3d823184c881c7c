package org.marsad.catalogue;

import java.time.Instant;
import java.util.List;

/**
 * An actor of the catalogue: an armed or political group, a state's forces, an
 * organisation (DESIGN, "Actors").
 *
 * @param id stable id, e.g. {@code sdf}
 * @param nameAr the Arabic name, or {@code null}
 * @param nameEn the English name, or {@code null}
 * @param aliases other names, Arabic or Latin; Latin names of up to three capitals
 * ({@code SDF}) match report text only in that case
 * @param origin {@code starter} or {@code curated}
 * @param version the version, from 1; an edit must name it
 * @param updatedAt when it last changed
 * @param updatedBy who changed it last
 */
public record Actor(String id, String nameAr, String nameEn, List<String> aliases, String origin, int version,
		Instant updatedAt, String updatedBy) {

	/**
	 * Copies the aliases.
	 */
	public Actor {
		aliases = List.copyOf(aliases);
	}

	/**
	 * The name to show in a language, falling back to the other one.
	 * @param language {@code ar} or {@code en}
	 * @return the name
	 */
	public String name(String language) {
		String preferred = "en".equals(language) ? this.nameEn : this.nameAr;
		return (preferred != null) ? preferred : ("en".equals(language) ? this.nameAr : this.nameEn);
	}

	/** The actor as the text engine's catalogue holds it (blank names as empty text). */
	public org.marsad.text.actors.Actor toCatalogueEntry() {
		return new org.marsad.text.actors.Actor(this.id, (this.nameAr != null) ? this.nameAr : "",
				(this.nameEn != null) ? this.nameEn : "", this.aliases);
	}

}
