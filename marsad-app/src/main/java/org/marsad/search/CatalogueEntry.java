package org.marsad.search;

import java.util.List;
import java.util.Objects;

/**
 * A place or an actor of the catalogue as an indexed record names it: its stable id for
 * filters and facets, its names for words.
 *
 * @param id the catalogue id, e.g. an OCHA P-code or {@code sdf}
 * @param nameAr the Arabic name, or {@code null}
 * @param nameEn the English name, or {@code null}
 * @param aliases other names in either script, searched like the names
 */
public record CatalogueEntry(String id, String nameAr, String nameEn, List<String> aliases) {

	/**
	 * Checks the id and copies the aliases.
	 * @throws NullPointerException when the id is missing
	 */
	public CatalogueEntry {
		Objects.requireNonNull(id, "id");
		aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
	}

	/**
	 * An entry without aliases.
	 * @param id the catalogue id
	 * @param nameAr the Arabic name, or {@code null}
	 * @param nameEn the English name, or {@code null}
	 * @return the entry
	 */
	public static CatalogueEntry of(String id, String nameAr, String nameEn) {
		return new CatalogueEntry(id, nameAr, nameEn, List.of());
	}

	/** The name shown in facets: the Arabic name, else the English one, else the id. */
	public String label() {
		if (this.nameAr != null && !this.nameAr.isBlank()) {
			return this.nameAr;
		}
		return (this.nameEn != null && !this.nameEn.isBlank()) ? this.nameEn : this.id;
	}

}
